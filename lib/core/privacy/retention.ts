import type { AccountRecord } from '../accounts/account';

export const DAY_MS = 24 * 60 * 60 * 1000;

type Dated = Pick<AccountRecord, 'createdAt' | 'openedAt'>;

/** When the rep last opened the account; one never opened counts from when it was stored. */
export function lastOpened(account: Dated): number {
  return account.openedAt ?? account.createdAt;
}

/** Past its age: not opened for `days` days. `days` 0 keeps every account. */
export function isExpired(account: Dated, days: number, now: number): boolean {
  return days > 0 && now - lastOpened(account) >= days * DAY_MS;
}

/**
 * What retention will do: how many accounts are past their age now (deleted
 * at the next clean-up) and how many will be within `soonDays`.
 */
export function retentionCounts(
  accounts: readonly Dated[],
  days: number,
  now: number,
  soonDays = 7,
): { expired: number; soon: number } {
  if (days <= 0) return { expired: 0, soon: 0 };
  let expired = 0;
  let soon = 0;
  for (const a of accounts) {
    if (isExpired(a, days, now)) expired += 1;
    else if (isExpired(a, days, now + soonDays * DAY_MS)) soon += 1;
  }
  return { expired, soon };
}
