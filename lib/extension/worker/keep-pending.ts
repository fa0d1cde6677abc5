import type { AccountRecord, TabRecord } from '../../core/accounts/account';
import type { IcpLensDb } from '../db/db';
import { markOpened } from '../accounts/forget';
import { dropPending, holdPending, readPending } from '../accounts/pending-accounts';
import { getActiveIcp } from '../accounts/active-icp';
import { score } from '../../core/scoring/score';

/**
 * Lets a scored account wait for its tab instead of storing it: the account
 * goes to session storage first, then the tab row points at it, so a panel
 * that follows the row always finds the account the row names.
 */
export async function holdForTab(
  db: IcpLensDb,
  tab: Omit<TabRecord, 'accountId'>,
  account: AccountRecord,
): Promise<void> {
  await holdPending(tab.tabId, account);
  const storedMeanwhile = await db.transaction('rw', db.accounts, db.tabs, async () => {
    // Kept from another tab while this one was read: this tab shows it too.
    const stored = await db.accounts.get(account.id);
    await db.tabs.put(
      stored
        ? { ...tab, accountId: account.id }
        : { ...tab, accountId: null, pendingAccountId: account.id },
    );
    return Boolean(stored);
  });
  if (storedMeanwhile) await dropPending(tab.tabId);
}

/**
 * Stores a waiting account and every tab waiting on it now shows the stored
 * one. An account stored meanwhile (from another tab) is kept as it is: it
 * may carry the rep's answers, and the next read merges into it anyway.
 */
export async function storeWaiting(db: IcpLensDb, account: AccountRecord): Promise<AccountRecord> {
  const { stored, tabIds } = await db.transaction('rw', db.accounts, db.tabs, async () => {
    const existing = await db.accounts.get(account.id);
    if (!existing) await db.accounts.put(account);
    const waiting = await db.tabs.filter((t) => t.pendingAccountId === account.id).toArray();
    await db.tabs.bulkPut(
      waiting.map(({ pendingAccountId: _, ...t }) => ({ ...t, accountId: account.id })),
    );
    return { stored: existing ?? account, tabIds: waiting.map((t) => t.tabId) };
  });
  await Promise.all(tabIds.map(dropPending));
  return stored;
}

/**
 * The rep opened the tab's waiting account in the panel: it is stored and
 * marked opened, and from now on is like any stored account. Undefined when
 * the tab has nothing waiting (stored already, or moved on).
 */
export async function keepOpened(
  db: IcpLensDb,
  tabId: number,
  now = Date.now(),
): Promise<AccountRecord | undefined> {
  const [tab, waiting] = await Promise.all([db.tabs.get(tabId), readPending(tabId)]);
  if (!tab?.pendingAccountId || waiting?.id !== tab.pendingAccountId) return undefined;
  // Scored when read: the team's ICP may have changed since, as the panel shows.
  const stored = await storeWaiting(db, {
    ...waiting,
    score: score(waiting.facts, await getActiveIcp(db)),
  });
  await markOpened(db, stored.id, now);
  return stored;
}

/** The tab closed, or shows nothing ICP Lens may keep: nothing of it stays. */
export async function forgetTab(db: IcpLensDb, tabId: number): Promise<void> {
  await db.tabs.delete(tabId);
  await dropPending(tabId);
}
