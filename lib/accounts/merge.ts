import type { CompanyHints, PageHints, SignalHint } from '../extract/page-hints';
import type { AccountFacts } from './account';

const MAX_SIGNALS = 50;

/**
 * Folds a page's hints into what the account already knew. A field the page
 * states replaces the older value together with its evidence; a field the page
 * does not state keeps what was known. Technologies only ever come from the
 * company's own site: what a LinkedIn page runs is LinkedIn's stack.
 */
export function mergeFacts(previous: AccountFacts | undefined, hints: PageHints): AccountFacts {
  const company: CompanyHints = { ...previous?.company };
  const evidence: Record<string, string> = { ...previous?.evidence };
  for (const [field, value] of Object.entries(hints.company ?? {})) {
    if (value === undefined) continue;
    (company as Record<string, unknown>)[field] = value;
    const where = hints.evidence[`company.${field}`];
    if (where) evidence[`company.${field}`] = where;
    else delete evidence[`company.${field}`];
  }
  const ownSite = hints.kind === 'website';
  return {
    company,
    evidence,
    technologies:
      ownSite && hints.technologies.length ? hints.technologies : (previous?.technologies ?? []),
    signals: mergeSignals(previous?.signals ?? [], hints.signals),
  };
}

function mergeSignals(older: SignalHint[], newer: SignalHint[]): SignalHint[] {
  const seen = new Set<string>();
  return [...newer, ...older]
    .filter((s) => {
      const key = `${s.type}\u0000${s.detail}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_SIGNALS);
}
