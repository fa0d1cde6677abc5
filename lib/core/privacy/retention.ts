import type { AccountRecord } from '../accounts/account';

export const DAY_MS = 24 * 60 * 60 * 1000;

type Dated = Pick<AccountRecord, 'id' | 'createdAt'>;

/** When the rep last opened each account in the panel, by account id. */
export type OpenedAt = ReadonlyMap<string, number>;

/** When the rep last opened the account; one never opened counts from when it was stored. */
export function lastOpened(account: Dated, opened: OpenedAt): number {
  return opened.get(account.id) ?? account.createdAt;
}

/** Past its age: not opened for `days` days. `days` 0 keeps every account. */
export function isExpired(account: Dated, opened: OpenedAt, days: number, now: number): boolean {
  return days > 0 && now - lastOpened(account, opened) >= days * DAY_MS;
}

/**
 * What retention will do: how many accounts are past their age now (deleted
 * at the next clean-up) and how many more will be within `soonDays`.
 */
export function retentionCounts(
  accounts: readonly Dated[],
  opened: OpenedAt,
  days: number,
  now: number,
  soonDays = 7,
): { expired: number; soon: number } {
  if (days <= 0) return { expired: 0, soon: 0 };
  let expired = 0;
  let soon = 0;
  for (const a of accounts) {
    if (isExpired(a, opened, days, now)) expired += 1;
    else if (isExpired(a, opened, days, now + soonDays * DAY_MS)) soon += 1;
  }
  return { expired, soon };
}
