import type { CompanyHints } from '../extract/page-hints';
import { score } from '../scoring/score';
import type { AccountRecord } from './account';
import { getActiveIcp } from './active-icp';
import type { IcpLensDb } from './db';
import type { CompanyField } from './field-compare';
import { setRepValue } from './merge';

/** Stores a rep's own value for a field and re-scores the account, in one transaction. */
export async function saveRepValue<F extends CompanyField>(
  db: IcpLensDb,
  accountId: string,
  field: F,
  value: CompanyHints[F],
  now = Date.now(),
): Promise<AccountRecord> {
  return db.transaction('rw', db.accounts, db.icpHistory, async () => {
    const account = await db.accounts.get(accountId);
    if (!account) throw new Error(`No account ${accountId}`);
    const facts = setRepValue(account.facts, field, value, now);
    const updated: AccountRecord = {
      ...account,
      facts,
      score: score(facts, await getActiveIcp(db)),
      updatedAt: now,
    };
    await db.accounts.put(updated);
    return updated;
  });
}
