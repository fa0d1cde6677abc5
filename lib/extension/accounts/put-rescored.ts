import { score } from '../../core/scoring/score';
import type { AccountFacts, AccountRecord } from '../../core/accounts/account';
import { getActiveIcp } from './active-icp';
import type { IcpLensDb } from '../db/db';

/**
 * Stores an account with new facts and the score the active ICP gives them.
 * Call inside a transaction over accounts and icpHistory, so the facts and
 * their score are written together.
 */
export async function putRescored(
  db: IcpLensDb,
  account: AccountRecord,
  facts: AccountFacts,
  now: number,
): Promise<AccountRecord> {
  const updated: AccountRecord = {
    ...account,
    facts,
    score: score(facts, await getActiveIcp(db)),
    updatedAt: now,
  };
  await db.accounts.put(updated);
  return updated;
}
