import type { CompanyHints } from '../../core/hints/page-hints';
import type { AccountRecord, FieldSource } from '../../core/accounts/account';
import { nameKey } from '../../core/accounts/name-key';

/**
 * v1 -> v2: accounts stored before provenance existed. Their values came from
 * pages; the newest source and the stored evidence are the best record of
 * where, so nothing a rep sees changes.
 */
export function addProvenance(account: AccountRecord): void {
  const facts = account.facts;
  const latest = account.sources[0];
  facts.company ??= {};
  facts.provenance ??= {};
  facts.conflicts ??= {};
  for (const field of Object.keys(facts.company) as (keyof CompanyHints)[]) {
    if (facts.provenance[field]) continue;
    const source: FieldSource = {
      kind: 'page',
      seenAt: account.updatedAt,
      evidence: facts.evidence[`company.${field}`] ?? 'an earlier visit',
      ...(latest && { url: latest.url, pageKind: latest.kind }),
    };
    facts.provenance[field] = source;
  }
}

/** v2 -> v3: the name key that profiles are matched by. */
export function addNameKey(account: AccountRecord): void {
  const key = nameKey(account.facts.company?.name);
  if (key) account.nameKey = key;
}
