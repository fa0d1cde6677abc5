import { isExpired } from '../../core/privacy/retention';
import type { IcpLensDb } from '../db/db';

/** Forgets one account; tabs that showed it show nothing stored. */
export async function forgetAccount(db: IcpLensDb, id: string): Promise<void> {
  await db.transaction('rw', db.accounts, db.tabs, async () => {
    await db.accounts.delete(id);
    await db.tabs.where('accountId').equals(id).modify({ accountId: null });
  });
}

/** Forgets every stored account and what tabs showed; the ICP and its history stay. */
export async function forgetEverything(db: IcpLensDb): Promise<void> {
  await db.transaction('rw', db.accounts, db.tabs, async () => {
    await db.accounts.clear();
    await db.tabs.clear();
  });
}

/** Deletes exactly the accounts past their age; returns how many. */
export async function applyRetention(db: IcpLensDb, days: number, now = Date.now()) {
  if (days <= 0) return 0;
  return db.transaction('rw', db.accounts, db.tabs, async () => {
    const expired = (await db.accounts.toArray()).filter((a) => isExpired(a, days, now));
    const ids = expired.map((a) => a.id);
    await db.accounts.bulkDelete(ids);
    if (ids.length) await db.tabs.where('accountId').anyOf(ids).modify({ accountId: null });
    return ids.length;
  });
}

/** The panel opened this account: retention counts from now. */
export async function markOpened(db: IcpLensDb, id: string, now = Date.now()): Promise<void> {
  await db.accounts.update(id, { openedAt: now });
}
