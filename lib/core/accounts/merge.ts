import type { CompanyHints, PageHints, PageKind, SignalHint } from '../hints/page-hints';
import type { AccountFacts, FieldSource } from './account';
import { compatible, specificity, type CompanyField } from './field-compare';

const MAX_SIGNALS = 50;
const MAX_CONFLICTS_PER_FIELD = 5;

/** What a value's origin is, for a page's field. */
function pageSource(hints: PageHints, field: string, seenAt: number): FieldSource {
  return {
    kind: 'page',
    url: hints.url,
    pageKind: hints.kind,
    seenAt,
    evidence: hints.evidence[`company.${field}`] ?? `${describeKind(hints.kind)}`,
  };
}

function describeKind(kind: PageKind): string {
  return kind === 'website' ? 'company website' : kind.replace('-', ' ');
}

/**
 * Folds a page's hints into what the account already knew, field by field:
 * - a value a rep entered by hand is never replaced by a page;
 * - two values that can both be true (51-200 employees, then 120) keep the
 *   more specific one, the newer on a tie;
 * - two values that contradict each other keep the newer one, and the other
 *   stays visible as a conflict with where and when it was seen.
 * Technologies only ever come from the company's own site: what a LinkedIn
 * page runs is LinkedIn's stack.
 */
export function mergeFacts(
  previous: AccountFacts | undefined,
  hints: PageHints,
  seenAt = Date.now(),
): AccountFacts {
  const facts: AccountFacts = {
    company: { ...previous?.company },
    evidence: { ...previous?.evidence },
    provenance: { ...previous?.provenance },
    conflicts: { ...previous?.conflicts },
    technologies: previous?.technologies ?? [],
    signals: mergeSignals(previous?.signals ?? [], hints.signals),
    // The rep's answers are theirs: pages never touch them.
    ...(previous?.answers && { answers: previous.answers }),
  };
  for (const [field, value] of Object.entries(hints.company ?? {}) as [CompanyField, unknown][]) {
    if (value === undefined) continue;
    offer(facts, field, value, pageSource(hints, field, seenAt));
  }
  if (hints.kind === 'website' && hints.technologies.length)
    facts.technologies = hints.technologies;
  return facts;
}

/** A rep's own answer for a field: it wins over every page, now and later. */
export function setRepValue(
  previous: AccountFacts,
  field: CompanyField,
  value: CompanyHints[CompanyField],
  seenAt = Date.now(),
): AccountFacts {
  const facts: AccountFacts = {
    ...previous,
    company: { ...previous.company },
    evidence: { ...previous.evidence },
    provenance: { ...previous.provenance },
    conflicts: { ...previous.conflicts },
  };
  const current = facts.company[field];
  const currentSource = facts.provenance[field];
  if (current !== undefined && currentSource && !compatible(field, current, value)) {
    addConflict(facts, field, current, currentSource);
  }
  write(facts, field, value, { kind: 'rep', seenAt, evidence: 'entered by the rep' });
  return facts;
}

function offer(
  facts: AccountFacts,
  field: CompanyField,
  value: unknown,
  source: FieldSource,
): void {
  const current = facts.company[field];
  const currentSource = facts.provenance[field];
  if (current === undefined || !currentSource) return write(facts, field, value, source);
  const agree = compatible(field, current, value);
  if (currentSource.kind === 'rep') {
    if (!agree) addConflict(facts, field, value, source);
    return;
  }
  if (agree) {
    // A refinement, or the same value seen again: keep what says more.
    if (specificity(field, value) >= specificity(field, current))
      write(facts, field, value, source);
    return;
  }
  addConflict(facts, field, current, currentSource);
  write(facts, field, value, source);
}

function write(
  facts: AccountFacts,
  field: CompanyField,
  value: unknown,
  source: FieldSource,
): void {
  (facts.company as Record<string, unknown>)[field] = value;
  facts.provenance[field] = source;
  facts.evidence[`company.${field}`] = source.evidence;
  // The value in force is no longer a conflict with itself.
  const others = (facts.conflicts[field] ?? []).filter((c) => !compatible(field, c.value, value));
  if (others.length) facts.conflicts[field] = others;
  else delete facts.conflicts[field];
}

function addConflict(
  facts: AccountFacts,
  field: CompanyField,
  value: unknown,
  source: FieldSource,
): void {
  const others = (facts.conflicts[field] ?? []).filter((c) => !compatible(field, c.value, value));
  facts.conflicts[field] = [{ value, source }, ...others].slice(0, MAX_CONFLICTS_PER_FIELD);
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
