import type { Criterion } from '../../core/icp/schema';
import type { AccountFacts, AccountRecord } from '../../core/accounts/account';
import { applyAnswer, parseAnswer, type AnswerInput } from '../../core/accounts/answers';
import type { IcpLensDb } from '../db/db';
import { putRescored } from './put-rescored';
import type { CompanyField } from '../../core/accounts/field-compare';
import { setRepValue } from '../../core/accounts/merge';

export type SaveResult = { ok: true; account: AccountRecord } | { ok: false; problem: string };

/**
 * Records a rep's answer to a criterion and re-scores the account in one
 * transaction, so the panel shows the new tier at once and a page read
 * racing with it cannot lose it.
 */
export async function saveAnswer(
  db: IcpLensDb,
  accountId: string,
  criterion: Criterion,
  input: AnswerInput,
  now = Date.now(),
): Promise<SaveResult> {
  // Checked once before the transaction, so a bad answer never opens one.
  const check = parseAnswer(criterion, input);
  if (check.kind === 'invalid') return { ok: false, problem: check.problem };
  const account = await update(db, accountId, now, (facts) => {
    const applied = applyAnswer(facts, criterion, input, now);
    return applied.ok ? applied.facts : facts;
  });
  return { ok: true, account };
}

/** Stores a rep's own value for a company field and re-scores the account. */
export function saveRepValue(
  db: IcpLensDb,
  accountId: string,
  field: CompanyField,
  value: AccountFacts['company'][CompanyField],
  now = Date.now(),
): Promise<AccountRecord> {
  return update(db, accountId, now, (facts) => setRepValue(facts, field, value, now));
}

function update(
  db: IcpLensDb,
  accountId: string,
  now: number,
  change: (facts: AccountFacts) => AccountFacts,
): Promise<AccountRecord> {
  return db.transaction('rw', db.accounts, db.icpHistory, async () => {
    const account = await db.accounts.get(accountId);
    if (!account) throw new Error(`No account ${accountId}`);
    return putRescored(db, account, change(account.facts), now);
  });
}
