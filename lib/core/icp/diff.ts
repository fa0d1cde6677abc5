import { formatCount, formatUsd } from '../scoring/format';
import type {
  BuyingSignal,
  Criterion,
  CriterionKind,
  Disqualifier,
  IcpConfig,
  Persona,
  Rule,
  Segment,
  Tier,
} from './schema';

// What changed between two ICP versions, as sentences a rep reads once after
// a sync ("Mid-market B2B software: 'employees' now requires 1,000+
// employees (was 200-2,000)"), and a manager reads before publishing
// (`icp diff`). Only what changes a score, a tier or what the panel shows is
// named; wording inside questions and talking points is summed up in one line.

export function diffIcp(old: IcpConfig, next: IcpConfig): string[] {
  const out: string[] = [];
  if (old.name !== next.name) out.push(`Renamed "${old.name}" to "${next.name}"`);
  out.push(...diffSegments(old.segments, next.segments));
  out.push(...diffTiers(old.tiers, next.tiers));
  if (old.minConfidence !== next.minConfidence)
    out.push(`Confidence floor is now ${next.minConfidence} (was ${old.minConfidence})`);
  out.push(...diffDisqualifiers(old, next));
  out.push(...diffSignals(old.buyingSignals, next.buyingSignals));
  if (old.timing.warm !== next.timing.warm || old.timing.hot !== next.timing.hot)
    out.push(
      `Timing thresholds are now warm ${next.timing.warm} and hot ${next.timing.hot} (were ${old.timing.warm} and ${old.timing.hot})`,
    );
  out.push(...diffPersonas(old.personas, next.personas));
  return out;
}

function diffSegments(old: Segment[], next: Segment[]): string[] {
  const out: string[] = [];
  const { added, removed, kept } = match(old, next);
  for (const s of added)
    out.push(`New segment: ${s.name} (${plural(s.criteria.length, 'criterion', 'criteria')})`);
  for (const s of removed) out.push(`Segment removed: ${s.name}`);
  for (const [before, after] of kept) {
    const name = after.name;
    if (before.name !== after.name) out.push(`Segment "${before.name}" is now "${after.name}"`);
    const criteria = match(before.criteria, after.criteria);
    for (const c of criteria.added)
      out.push(`${name}: new ${kindWords(c)} '${c.id}': ${ruleWords(c.rule)} (weight ${c.weight})`);
    for (const c of criteria.removed) out.push(`${name}: criterion '${c.id}' removed`);
    for (const [b, a] of criteria.kept) out.push(...diffCriterion(name, b, a));
    if (!sameJson(before.questions, after.questions))
      out.push(`${name}: the segment's discovery questions changed`);
  }
  return out;
}

function diffCriterion(segment: string, before: Criterion, after: Criterion): string[] {
  const out: string[] = [];
  const at = `${segment}: '${after.id}'`;
  if (before.kind !== after.kind)
    out.push(`${at} is now ${KIND_PHRASE[after.kind]} (was ${KIND_PHRASE[before.kind]})`);
  if (before.weight !== after.weight)
    out.push(`${at} weight is now ${after.weight} (was ${before.weight})`);
  out.push(...diffRule(at, before.rule, after.rule));
  if (before.label !== after.label) out.push(`${at} is now labelled "${after.label}"`);
  const wording =
    !sameJson(before.questions, after.questions) || before.talkingPoint !== after.talkingPoint;
  if (wording) out.push(`${at}: questions or talking point changed`);
  return out;
}

/** Sentences for a rule change, each starting with `at`; `verb` fits criteria or disqualifiers. */
function diffRule(at: string, before: Rule, after: Rule, verb = 'requires'): string[] {
  if (sameJson(before, after)) return [];
  if (before.field !== after.field)
    return [`${at} now looks at ${after.field}: ${ruleWords(after)} (was ${ruleWords(before)})`];
  switch (after.field) {
    case 'employees':
    case 'revenueUsd': {
      const b = before as typeof after;
      const unit = after.field === 'employees' ? ' employees' : ' revenue';
      const format = after.field === 'employees' ? formatCount : formatUsd;
      return [`${at} now ${verb} ${format(after)}${unit} (was ${format(b)})`];
    }
    case 'industry':
    case 'keywords': {
      const b = before as typeof after;
      const out = listChange(at, b.anyOf, after.anyOf);
      if ('minMatches' in b && after.field === 'keywords' && b.minMatches !== after.minMatches)
        out.push(`${at} now needs ${after.minMatches} keyword hits (was ${b.minMatches})`);
      return out;
    }
    case 'hq': {
      const b = before as typeof after;
      return [
        ...listChange(at, b.countries, after.countries, 'countries'),
        ...listChange(at, b.regions ?? [], after.regions ?? [], 'regions'),
      ];
    }
    case 'technologies': {
      const b = before as typeof after;
      const out = [
        ...listChange(at, b.anyOf, after.anyOf),
        ...listChange(at, b.categories, after.categories, 'categories'),
      ];
      if (b.minMatches !== after.minMatches)
        out.push(`${at} now needs ${after.minMatches} technologies (was ${b.minMatches})`);
      return out;
    }
    case 'answer':
      return [];
  }
}

function listChange(at: string, before: string[], after: string[], what?: string): string[] {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  const noun = what ? ` ${what}` : '';
  const out: string[] = [];
  if (added.length) out.push(`${at} now also accepts${noun} ${list(added)}`);
  if (removed.length) out.push(`${at} no longer accepts${noun} ${list(removed)}`);
  return out;
}

/** A rule in words: "1,000+ employees", "industry is Software Development or SaaS". */
export function ruleWords(rule: Rule): string {
  switch (rule.field) {
    case 'industry':
      return `industry is ${list(rule.anyOf, 'or')}`;
    case 'employees':
      return `${formatCount(rule)} employees`;
    case 'revenueUsd':
      return `${formatUsd(rule)} revenue`;
    case 'hq':
      return `headquartered in ${list(rule.regions?.length ? rule.regions : rule.countries, 'or')}`;
    case 'technologies': {
      const names = [...rule.anyOf, ...rule.categories.map((c) => `any ${c}`)];
      const n = rule.minMatches > 1 ? `${rule.minMatches} of ` : '';
      return `uses ${n}${list(names, 'or')}`;
    }
    case 'keywords': {
      const n = rule.minMatches > 1 ? `${rule.minMatches} of ` : '';
      return `mentions ${n}${list(rule.anyOf, 'or')}`;
    }
    case 'answer':
      return "the rep's answer";
  }
}

function diffTiers(old: Tier[], next: Tier[]): string[] {
  const out: string[] = [];
  const { added, removed, kept } = match(old, next);
  for (const t of added) out.push(`New tier ${t.label} from score ${t.minScore}`);
  for (const t of removed) out.push(`Tier ${t.label} removed`);
  for (const [b, a] of kept) {
    if (b.minScore !== a.minScore)
      out.push(`Tier ${a.label} now starts at score ${a.minScore} (was ${b.minScore})`);
    if (b.label !== a.label) out.push(`Tier ${b.label} is now called ${a.label}`);
  }
  return out;
}

function diffDisqualifiers(old: IcpConfig, next: IcpConfig): string[] {
  const out: string[] = [];
  const { added, removed, kept } = match<Disqualifier>(old.antiIcp, next.antiIcp);
  const cap = (icp: IcpConfig, d: Disqualifier) =>
    icp.tiers.find((t) => t.id === d.capTier)?.label ?? 'the lowest tier';
  for (const d of added)
    out.push(`New disqualifier: ${d.label} (${ruleWords(d.rule)}; caps at ${cap(next, d)})`);
  for (const d of removed) out.push(`Disqualifier removed: ${d.label}`);
  for (const [b, a] of kept) {
    const at = `Disqualifier '${a.id}'`;
    out.push(...diffRule(at, b.rule, a.rule, 'applies to'));
    if (cap(old, b) !== cap(next, a))
      out.push(`${at} now caps at ${cap(next, a)} (was ${cap(old, b)})`);
  }
  return out;
}

function diffSignals(old: BuyingSignal[], next: BuyingSignal[]): string[] {
  const out: string[] = [];
  const { added, removed, kept } = match(old, next);
  for (const s of added) out.push(`New buying signal: ${s.label} (weight ${s.weight})`);
  for (const s of removed) out.push(`Buying signal removed: ${s.label}`);
  for (const [b, a] of kept) {
    if (b.weight !== a.weight)
      out.push(`Buying signal ${a.label} weight is now ${a.weight} (was ${b.weight})`);
    if (!sameJson(b.rule, a.rule)) out.push(`Buying signal ${a.label} now fires on other events`);
  }
  return out;
}

function diffPersonas(old: Persona[], next: Persona[]): string[] {
  const out: string[] = [];
  const { added, removed, kept } = match(old, next);
  for (const p of added) out.push(`New persona: ${p.name} (${p.role})`);
  for (const p of removed) out.push(`Persona removed: ${p.name}`);
  for (const [b, a] of kept) {
    if (b.role !== a.role) out.push(`Persona ${a.name} is now ${a.role} (was ${b.role})`);
    const { role: _r, ...restB } = b;
    const { role: _a, ...restA } = a;
    if (!sameJson(restB, restA))
      out.push(`Persona ${a.name}: titles, talking points or questions updated`);
  }
  return out;
}

/** Pairs items by id: what is only in `next`, only in `old`, and in both (old, next). */
function match<T extends { id: string }>(old: T[], next: T[]) {
  const byId = new Map(old.map((x) => [x.id, x]));
  const nextIds = new Set(next.map((x) => x.id));
  return {
    added: next.filter((x) => !byId.has(x.id)),
    removed: old.filter((x) => !nextIds.has(x.id)),
    kept: next.flatMap((x) => {
      const before = byId.get(x.id);
      return before ? [[before, x] as [T, T]] : [];
    }),
  };
}

function kindWords(c: Criterion): string {
  return c.kind === 'fit' ? 'criterion' : c.kind;
}

const KIND_PHRASE: Record<CriterionKind, string> = {
  fit: 'a fit criterion',
  'must-have': 'a must-have',
  bonus: 'a bonus',
  competitor: 'a competitor criterion',
};

function list(items: string[], last = 'and'): string {
  const shown = items.slice(0, 4);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} ${last} ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${last} ${shown[shown.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
