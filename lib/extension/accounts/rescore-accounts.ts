import Dexie from 'dexie';
import type { IcpLensDb } from '../db/db';
import type { IcpConfig } from '../../core/icp/schema';
import { score } from '../../core/scoring/score';

// Re-scores every stored account with a new ICP, a chunk at a time in key
// order, so 100,000 accounts never sit in memory at once. It must run inside
// the caller's rw transaction: the new ICP and the new scores then land
// together or not at all, even if the service worker is stopped mid-way.

export const RESCORE_CHUNK = 2000;

/** Returns how many accounts were re-scored. */
export async function rescoreAccounts(
  db: IcpLensDb,
  icp: IcpConfig,
  chunkSize = RESCORE_CHUNK,
): Promise<number> {
  if (!Dexie.currentTransaction)
    throw new Error('rescoreAccounts must run inside a rw transaction on accounts');
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const chunk =
      after === undefined
        ? await db.accounts.orderBy(':id').limit(chunkSize).toArray()
        : await db.accounts.where(':id').above(after).limit(chunkSize).toArray();
    // Fresh copies from IndexedDB, so updating them in place is safe. The
    // account's updatedAt stays: a new ICP is not new activity on the account.
    for (const account of chunk) account.score = score(account.facts, icp);
    if (chunk.length) await db.accounts.bulkPut(chunk);
    count += chunk.length;
    if (chunk.length < chunkSize) return count;
    after = chunk[chunk.length - 1]!.id;
  }
}
