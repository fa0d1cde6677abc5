import type { TechnologyHint } from '../../core/hints/page-hints';
import type { AccountRecord } from '../../core/accounts/account';
import type { IcpLensDb } from '../db/db';
import { putRescored } from '../accounts/put-rescored';

/**
 * Stores the technologies seen on a company's own site on the account the tab
 * shows, and re-scores it. Ignored when the tab has moved on to another page
 * since the signals were gathered.
 */
export async function recordTechnologies(
  db: IcpLensDb,
  tabId: number,
  url: string,
  technologies: TechnologyHint[],
  now = Date.now(),
): Promise<AccountRecord | undefined> {
  return db.transaction('rw', db.accounts, db.icpHistory, db.tabs, async () => {
    const tab = await db.tabs.get(tabId);
    if (!tab?.accountId || tab.url !== url || tab.kind !== 'website') return undefined;
    const account = await db.accounts.get(tab.accountId);
    if (!account) return undefined;
    return putRescored(db, account, { ...account.facts, technologies }, now);
  });
}
