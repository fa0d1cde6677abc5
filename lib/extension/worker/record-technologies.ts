import type { TechnologyHint } from '../../core/hints/page-hints';
import type { AccountRecord } from '../../core/accounts/account';
import type { KeepAccounts } from '../../core/privacy/reading-policy';
import { keptOnRead } from '../../core/privacy/keep-policy';
import { score } from '../../core/scoring/score';
import type { IcpLensDb } from '../db/db';
import { putRescored } from '../accounts/put-rescored';
import { getActiveIcp } from '../accounts/active-icp';
import { holdPending, readPending } from '../accounts/pending-accounts';
import { loadReading } from '../privacy/reading-settings';
import { storeWaiting } from './keep-pending';

/**
 * Stores the technologies seen on a company's own site on the account the tab
 * shows, and re-scores it. Ignored when the tab has moved on to another page
 * since the signals were gathered. An account still waiting for the tab is
 * re-scored where it waits, and stored if its stack lifts it to the tier the
 * rep keeps.
 */
export async function recordTechnologies(
  db: IcpLensDb,
  tabId: number,
  url: string,
  technologies: TechnologyHint[],
  now = Date.now(),
  keep?: KeepAccounts,
): Promise<AccountRecord | undefined> {
  const waiting = await readPending(tabId);
  const stored = await db.transaction('rw', db.accounts, db.icpHistory, db.tabs, async () => {
    const tab = await db.tabs.get(tabId);
    if (!tab?.accountId || tab.url !== url || tab.kind !== 'website') return undefined;
    const account = await db.accounts.get(tab.accountId);
    if (!account) return undefined;
    return putRescored(db, account, { ...account.facts, technologies }, now);
  });
  if (stored || !waiting) return stored;
  return rescoreWaiting(db, tabId, url, waiting, technologies, now, keep);
}

async function rescoreWaiting(
  db: IcpLensDb,
  tabId: number,
  url: string,
  waiting: AccountRecord,
  technologies: TechnologyHint[],
  now: number,
  keep: KeepAccounts | undefined,
): Promise<AccountRecord | undefined> {
  const tab = await db.tabs.get(tabId);
  if (tab?.pendingAccountId !== waiting.id || tab.url !== url || tab.kind !== 'website')
    return undefined;
  const icp = await getActiveIcp(db);
  const facts = { ...waiting.facts, technologies };
  const rescored = { ...waiting, facts, score: score(facts, icp), updatedAt: now };
  const keepSetting = keep ?? (await loadReading()).settings.keep;
  if (keptOnRead(rescored.score.tier, keepSetting, icp.tiers)) return storeWaiting(db, rescored);
  await holdPending(tabId, rescored);
  return rescored;
}
