import type { NumberRange } from '../hints/page-hints';
import { canonicalIndustry, industryAncestors } from '../normalize/industry';
import type { Rule } from '../icp/schema';
import type { CriterionStatus } from './result';
import type { ScoringFacts } from './facts';
import { formatCount, formatUsd } from './format';
import { foldTerm } from '../values/text';
import { hasWholeWord } from '../values/words';

export interface RuleOutcome {
  status: CriterionStatus;
  found?: string;
  evidence?: string;
}

const UNKNOWN: RuleOutcome = { status: 'unknown' };

/**
 * Judges one rule against the facts. A fact that was not observed is unknown,
 * never a miss; an "answer" rule stays unknown until the rep answers it.
 */
export function evaluateRule(rule: Rule, facts: ScoringFacts): RuleOutcome {
  const company = facts.company ?? {};
  const evidence = facts.evidence;
  switch (rule.field) {
    case 'industry': {
      if (!company.industry) return UNKNOWN;
      return {
        status: industryMatches(company.industry, rule.anyOf) ? 'match' : 'miss',
        found: company.industry,
        evidence: evidence['company.industry'],
      };
    }
    case 'employees':
      if (!hasBound(company.employees)) return UNKNOWN;
      return {
        status: compareRanges(company.employees, rule),
        found: `${formatCount(company.employees)} employees`,
        evidence: evidence['company.employees'],
      };
    case 'revenueUsd':
      if (!hasBound(company.revenueUsd)) return UNKNOWN;
      return {
        status: compareRanges(company.revenueUsd, rule),
        found: `${formatUsd(company.revenueUsd)} revenue`,
        evidence: evidence['company.revenueUsd'],
      };
    case 'hq': {
      const hq = company.hq;
      if (!hq?.country) return UNKNOWN;
      const found = [hq.city, hq.region, hq.country].filter(Boolean).join(', ');
      const outcome = { found, evidence: evidence['company.hq'] };
      if (!rule.countries.includes(hq.country)) return { status: 'miss', ...outcome };
      if (!rule.regions?.length) return { status: 'match', ...outcome };
      const region = hq.region ? `${hq.country}-${hq.region}` : undefined;
      return { status: region && rule.regions.includes(region) ? 'match' : 'partial', ...outcome };
    }
    case 'technologies': {
      // An empty list means the stack was not observed (e.g. only a LinkedIn
      // page was seen), which says nothing about what the company runs.
      if (facts.technologies.length === 0) return UNKNOWN;
      const names = termSet(rule.anyOf);
      const categories = termSet(rule.categories);
      const hits = facts.technologies.filter(
        (t) => names.has(foldTerm(t.name)) || t.categories.some((c) => categories.has(foldTerm(c))),
      );
      const distinct = [...new Set(hits.map((t) => t.name))];
      const wanted = [...rule.anyOf, ...rule.categories.map((c) => `any ${c}`)];
      return {
        status: countStatus(distinct.length, rule.minMatches),
        found: distinct.length ? distinct.join(', ') : `none of ${wanted.join(', ')}`,
        evidence: hits.map((t) => `${t.name}: ${t.evidence}`).join('; ') || undefined,
      };
    }
    case 'keywords': {
      const sources = keywordSources(facts);
      if (sources.length === 0) return UNKNOWN;
      const hits = rule.anyOf.filter((k) =>
        sources.some((s) => hasWholeWord(s.lower, k.toLowerCase())),
      );
      const where = sources.filter((s) => hits.some((k) => hasWholeWord(s.lower, k.toLowerCase())));
      return {
        status: countStatus(hits.length, rule.minMatches),
        found: hits.length ? hits.join(', ') : `none of ${rule.anyOf.join(', ')}`,
        evidence: where.map((s) => s.evidence).join('; ') || undefined,
      };
    }
    case 'answer':
      return UNKNOWN;
  }
}

/** The rep's answer for a criterion: it decides the status whatever the pages said. */
export function answeredOutcome(facts: ScoringFacts, criterionId: string): RuleOutcome | undefined {
  const answer = facts.answers?.[criterionId];
  if (!answer) return undefined;
  return {
    status: answer.status,
    ...(answer.note && { found: answer.note }),
    evidence: `answered by the rep on ${new Date(answer.at).toISOString().slice(0, 10)}`,
  };
}

function hasBound(range: NumberRange | undefined): range is NumberRange {
  return range?.min !== undefined || range?.max !== undefined;
}

/** Inside the target is a match, straddling its edge is partial, outside is a miss. */
export function compareRanges(observed: NumberRange, target: NumberRange): CriterionStatus {
  const lo = observed.min ?? 0;
  const hi = observed.max ?? Infinity;
  const tLo = target.min ?? 0;
  const tHi = target.max ?? Infinity;
  if (lo >= tLo && hi <= tHi) return 'match';
  if (hi < tLo || lo > tHi) return 'miss';
  return 'partial';
}

function countStatus(hits: number, needed: number): CriterionStatus {
  if (hits >= needed) return 'match';
  return hits > 0 ? 'partial' : 'miss';
}

interface TextSource {
  lower: string;
  evidence: string;
}

// Each segment has its own keyword criterion: the texts are lowered once per
// facts object, not once per criterion.
const sourcesByFacts = new WeakMap<ScoringFacts, TextSource[]>();

function keywordSources(facts: ScoringFacts): TextSource[] {
  let sources = sourcesByFacts.get(facts);
  if (sources) return sources;
  const c = facts.company ?? {};
  const e = facts.evidence;
  sources = [
    { text: c.description, evidence: e['company.description'] ?? 'company description' },
    { text: c.specialties?.join(', '), evidence: e['company.specialties'] ?? 'specialties' },
  ].flatMap(({ text, evidence }) => (text ? [{ lower: text.toLowerCase(), evidence }] : []));
  sourcesByFacts.set(facts, sources);
  return sources;
}

/**
 * Industries compare on LinkedIn's current taxonomy, so an ICP naming
 * "Computer Software" matches a page saying "Software Development", and an
 * ICP naming a broad industry ("Technology, Information and Internet")
 * matches the narrower ones under it.
 */
function industryMatches(industry: string, anyOf: readonly string[]): boolean {
  const wanted = industrySet(anyOf);
  const own = canonicalIndustry(industry) ?? industry;
  return wanted.has(foldTerm(own)) || industryAncestors(own).some((a) => wanted.has(foldTerm(a)));
}

const industrySets = new WeakMap<readonly string[], Set<string>>();
function industrySet(terms: readonly string[]): Set<string> {
  let set = industrySets.get(terms);
  if (!set) {
    set = new Set(terms.map((t) => foldTerm(canonicalIndustry(t) ?? t)));
    industrySets.set(terms, set);
  }
  return set;
}

// Compiled once per ICP list: a config is parsed into fresh arrays, and
// re-scoring every stored account reuses them thousands of times.
const termSets = new WeakMap<readonly string[], Set<string>>();

function termSet(terms: readonly string[]): Set<string> {
  let set = termSets.get(terms);
  if (!set) termSets.set(terms, (set = new Set(terms.map(foldTerm))));
  return set;
}
