import { isExpired } from '../../core/privacy/retention';
import type { IcpLensDb } from '../db/db';
import { dropAllPending } from './pending-accounts';

/** When the rep last opened each account, by id. */
export async function openedTimes(db: IcpLensDb): Promise<Map<string, number>> {
  return new Map((await db.opened.toArray()).map((o) => [o.id, o.at]));
}

/** Forgets one account; tabs that showed it show nothing stored. */
export async function forgetAccount(db: IcpLensDb, id: string): Promise<void> {
  await db.transaction('rw', db.accounts, db.tabs, db.opened, async () => {
    await db.accounts.delete(id);
    await db.opened.delete(id);
    await db.tabs.where('accountId').equals(id).modify({ accountId: null });
  });
}

/**
 * Forgets every stored account, every account waiting for a tab, and what
 * tabs showed; the ICP and its history stay.
 */
export async function forgetEverything(db: IcpLensDb): Promise<void> {
  await db.transaction('rw', db.accounts, db.tabs, db.opened, async () => {
    await db.accounts.clear();
    await db.opened.clear();
    await db.tabs.clear();
  });
  await dropAllPending();
}

/** Deletes exactly the accounts past their age; returns how many. */
export async function applyRetention(db: IcpLensDb, days: number, now = Date.now()) {
  if (days <= 0) return 0;
  return db.transaction('rw', db.accounts, db.tabs, db.opened, async () => {
    const opened = await openedTimes(db);
    const ids = (await db.accounts.toArray())
      .filter((a) => isExpired(a, opened, days, now))
      .map((a) => a.id);
    await db.accounts.bulkDelete(ids);
    await db.opened.bulkDelete(ids);
    if (ids.length) await db.tabs.where('accountId').anyOf(ids).modify({ accountId: null });
    return ids.length;
  });
}

/** The panel opened this account: retention counts from now. */
export async function markOpened(db: IcpLensDb, id: string, now = Date.now()): Promise<void> {
  await db.opened.put({ id, at: now });
}
