import type { IcpConfig, Tier } from '../icp/schema';
import { answeredOutcome, evaluateRule } from './evaluate-rule';
import type { ScoringFacts } from './facts';
import type { CriterionStatus, TierRef } from './result';
import {
  CRITERION_CREDIT,
  compareSegments,
  decideTier,
  fitTierRank,
  isCore,
  segmentConfidence,
  segmentScore,
  tierFromIndex,
  tiersBestFirst,
} from './score';

/**
 * What would move an account's tier: for each better tier, the fewest open
 * criteria whose best answer reaches it; the open criteria and unchecked
 * anti-ICP rules whose bad outcome drops it; and where each answer leads.
 *
 * The rules are judged once (as score() judges them); every what-if then only
 * replays score()'s arithmetic on the statuses, through the functions score()
 * itself uses, so the two cannot disagree.
 */

const STATUSES: readonly CriterionStatus[] = ['match', 'partial', 'miss', 'unknown'];
const MATCH = 0;
const PARTIAL = 1;
const MISS = 2;
const UNKNOWN = 3;
const CREDITS = STATUSES.map((s) => CRITERION_CREDIT[s]);

/** Evaluations allowed per target tier before the search says it gave up. */
export const SEARCH_BUDGET = 500_000;

interface CompiledSegment {
  weights: number[];
  core: boolean[];
  must: boolean[];
  base: number[];
  /** Index into the candidates, or -1 when the criterion is not open anywhere. */
  cand: number[];
}

export interface Candidate {
  id: string;
  label: string;
  weight: number;
}

interface OpenDisqualifier {
  id: string;
  label: string;
  reason: string;
  capRank: number;
}

export interface WhatIf {
  icp: IcpConfig;
  tiers: Tier[];
  segments: CompiledSegment[];
  /** Criteria that are unknown or partial in some segment and not answered yet. */
  candidates: Candidate[];
  fixedCaps: { rank: number; label: string }[];
  openDisqualifiers: OpenDisqualifier[];
  /** decideTier() index of the account as it stands. */
  current: number;
}

export interface Evaluated {
  /** decideTier() index: -1 unknown, tiers.length needs discovery. */
  index: number;
  score: number;
  /** The best segment's index in the ICP. */
  segment: number;
}

const statusIndex = (s: CriterionStatus) => STATUSES.indexOf(s);

/** Judges every rule once. */
export function compileWhatIf(facts: ScoringFacts, icp: IcpConfig): WhatIf {
  const tiers = tiersBestFirst(icp);
  const candidates: Candidate[] = [];
  const byId = new Map<string, number>();
  const statuses = icp.segments.map((segment) =>
    segment.criteria.map((c) =>
      statusIndex((answeredOutcome(facts, c.id) ?? evaluateRule(c.rule, facts)).status),
    ),
  );
  icp.segments.forEach((segment, s) =>
    segment.criteria.forEach((c, j) => {
      const st = statuses[s]![j]!;
      const open = (st === UNKNOWN || st === PARTIAL) && !facts.answers?.[c.id];
      if (open && !byId.has(c.id)) {
        byId.set(c.id, candidates.length);
        candidates.push({ id: c.id, label: c.label, weight: c.weight });
      }
    }),
  );
  const segments = icp.segments.map((segment, s) => ({
    weights: segment.criteria.map((c) => c.weight),
    core: segment.criteria.map((c) => isCore(c.kind)),
    must: segment.criteria.map((c) => c.kind === 'must-have'),
    base: statuses[s]!,
    cand: segment.criteria.map((c) => byId.get(c.id) ?? -1),
  }));
  const lowest = tiers.length - 1;
  const capRank = (capTier: string | undefined) => {
    const i = tiers.findIndex((t) => t.id === capTier);
    return i === -1 ? lowest : i;
  };
  const fixedCaps: WhatIf['fixedCaps'] = [];
  const openDisqualifiers: OpenDisqualifier[] = [];
  for (const d of icp.antiIcp) {
    const status = evaluateRule(d.rule, facts).status;
    if (status === 'match') fixedCaps.push({ rank: capRank(d.capTier), label: d.label });
    else if (status === 'unknown' || status === 'partial')
      openDisqualifiers.push({
        id: d.id,
        label: d.label,
        reason: d.reason,
        capRank: capRank(d.capTier),
      });
  }
  const w: WhatIf = { icp, tiers, segments, candidates, fixedCaps, openDisqualifiers, current: 0 };
  const now = evaluateWhatIf(w, noOverrides(w));
  w.current = now.index;
  // Name each criterion as the segment the account is scored in names it.
  for (const c of icp.segments[now.segment]!.criteria) {
    const i = byId.get(c.id);
    if (i !== undefined) candidates[i] = { id: c.id, label: c.label, weight: c.weight };
  }
  return w;
}

export function noOverrides(w: WhatIf): Int8Array {
  return new Int8Array(w.candidates.length).fill(-1);
}

/**
 * score()'s tier for the account with some open criteria answered
 * (`over[candidate]` a status index, -1 left as is) and optionally one more
 * anti-ICP cap.
 */
export function evaluateWhatIf(w: WhatIf, over: Int8Array, extraCap = -1): Evaluated {
  let bMisses = 0;
  let bScore = 0;
  let bConf = 0;
  let bObserved = 0;
  let first = true;
  let bSegment = 0;
  for (const [s, seg] of w.segments.entries()) {
    let earned = 0;
    let observed = 0;
    let total = 0;
    let misses = 0;
    for (let j = 0; j < seg.base.length; j++) {
      const c = seg.cand[j]!;
      const o = c === -1 ? -1 : over[c]!;
      const st = o === -1 ? seg.base[j]! : o;
      const weight = seg.weights[j]!;
      earned += weight * CREDITS[st]!;
      if (seg.core[j]) {
        total += weight;
        if (st !== UNKNOWN) observed += weight;
      }
      if (st === MISS && seg.must[j]) misses++;
    }
    const sc = segmentScore(earned, observed);
    const conf = segmentConfidence(observed, total);
    if (first || compareSegments(misses, sc, conf, bMisses, bScore, bConf) < 0) {
      first = false;
      bMisses = misses;
      bScore = sc;
      bConf = conf;
      bObserved = observed;
      bSegment = s;
    }
  }
  const caps = w.fixedCaps.map((c) => c.rank);
  if (extraCap !== -1) caps.push(extraCap);
  const fit = fitTierRank(bObserved, bScore, w.tiers);
  return {
    index: decideTier(fit, bConf, bMisses > 0, caps, w.tiers.length, w.icp.minConfidence),
    score: bScore,
    segment: bSegment,
  };
}

/** Lower is better; both reserved tiers rank below every ICP tier, as in score(). */
export function badness(w: WhatIf, index: number): number {
  return index === -1 ? w.tiers.length : index;
}

export interface PathStep {
  criterionId: string;
  label: string;
  /** The answer the step asks for: always the best one. */
  outcome: 'match';
  weight: number;
}

export interface TierPath {
  /** The tier this path is for. */
  target: TierRef;
  /** The tier the steps give (the target or better); absent when blocked. */
  reaches?: TierRef;
  steps: PathStep[];
  /** Why no answers reach the target. */
  blocked?: string;
}

/** The fewest open criteria whose best answers reach tier index `target` or better. */
export function pathTo(w: WhatIf, target: number): TierPath {
  const targetRef = tierFromIndex(target, w.tiers);
  const cap = w.fixedCaps.find((c) => c.rank > target);
  if (cap) {
    const capTier = tierFromIndex(cap.rank, w.tiers);
    return {
      target: targetRef,
      steps: [],
      blocked: `Anti-ICP: ${cap.label} keeps this account at ${capTier.label} or below.`,
    };
  }
  const n = w.candidates.length;
  const over = noOverrides(w);
  let budget = SEARCH_BUDGET;
  for (let k = 1; k <= n; k++) {
    if (!mayReach(w, k, target)) continue;
    let best: { set: number[]; e: Evaluated } | undefined;
    const chosen: number[] = [];
    const walk = (from: number): boolean => {
      if (chosen.length === k) {
        if (--budget < 0) return false;
        const e = evaluateWhatIf(w, over);
        const b = badness(w, e.index);
        if (
          b <= target &&
          (!best ||
            b < badness(w, best.e.index) ||
            (b === badness(w, best.e.index) && e.score > best.e.score))
        )
          best = { set: [...chosen], e };
        return true;
      }
      for (let i = from; i <= n - (k - chosen.length); i++) {
        chosen.push(i);
        over[i] = MATCH;
        const ok = walk(i + 1);
        over[i] = -1;
        chosen.pop();
        if (!ok) return false;
      }
      return true;
    };
    const finished = walk(0);
    if (best) {
      return {
        target: targetRef,
        reaches: tierFromIndex(best.e.index, w.tiers),
        steps: best.set.map((i) => {
          const c = w.candidates[i]!;
          return { criterionId: c.id, label: c.label, outcome: 'match', weight: c.weight };
        }),
      };
    }
    if (!finished) {
      return {
        target: targetRef,
        steps: [],
        blocked: `Too many open criteria to check every combination for ${targetRef.label}.`,
      };
    }
  }
  return { target: targetRef, steps: [], blocked: whyUnreachable(w, target) };
}

/**
 * A bound that never rules out a reachable tier: with k answers, a segment's
 * score is at most its earned points plus the k largest gains over the weight
 * observed now (answering only adds observed weight), and a segment with a
 * must-have missed for good cannot rise above the lowest tier.
 */
function mayReach(w: WhatIf, k: number, target: number): boolean {
  const minScore = w.tiers[target]!.minScore;
  const lowest = w.tiers.length - 1;
  return w.segments.some((seg) => {
    let earned = 0;
    let observed = 0;
    const gains: number[] = [];
    for (let j = 0; j < seg.base.length; j++) {
      const st = seg.base[j]!;
      const weight = seg.weights[j]!;
      earned += weight * CREDITS[st]!;
      if (seg.core[j] && st !== UNKNOWN) observed += weight;
      if (seg.cand[j] === -1) {
        if (st === MISS && seg.must[j] && target < lowest) return false;
      } else if (st !== MATCH) gains.push(weight * (1 - CREDITS[st]!));
    }
    if (observed === 0) return gains.length > 0 || minScore === 0;
    gains.sort((a, b) => b - a);
    const gain = gains.slice(0, k).reduce((a, b) => a + b, 0);
    return segmentScore(earned + gain, observed) >= minScore;
  });
}

function whyUnreachable(w: WhatIf, target: number): string {
  const label = w.tiers[target]!.label;
  const lowest = w.tiers.length - 1;
  const mustMissed = w.segments.every((seg) =>
    seg.base.some((st, j) => st === MISS && seg.must[j] && seg.cand[j] === -1),
  );
  if (mustMissed && target < lowest) {
    const names = w.icp.segments.flatMap((segment, s) =>
      segment.criteria
        .filter((_, j) => {
          const seg = w.segments[s]!;
          return seg.base[j] === MISS && seg.must[j] && seg.cand[j] === -1;
        })
        .map((c) => c.label),
    );
    return `A must-have is missed (${[...new Set(names)].join(', ')}), so no answer reaches ${label}.`;
  }
  return `Even with every open answer at its best, the score does not reach ${label}.`;
}

export interface TierRisk {
  /** A criterion id, or an anti-ICP rule id. */
  criterionId: string;
  kind: 'criterion' | 'anti-icp';
  label: string;
  /** The outcome that drops the tier: a criterion missed, or an anti-ICP rule holding. */
  outcome: 'miss' | 'match';
  toTier: TierRef;
  reason?: string;
}

export interface AnswerMove {
  criterionId: string;
  label: string;
  yes: TierRef;
  partly: TierRef;
  no: TierRef;
}

export interface TierOutlook {
  current: TierRef;
  /** ICP tier ids, best first: a tier's place in this list is its rank. */
  tierOrder: string[];
  /** One per better tier, next tier first. */
  paths: TierPath[];
  /** Worst drop first. */
  risks: TierRisk[];
  /** Keyed by criterion id: where each answer leads. */
  moves: Record<string, AnswerMove>;
}

export function tierOutlook(facts: ScoringFacts, icp: IcpConfig): TierOutlook {
  const w = compileWhatIf(facts, icp);
  const now = badness(w, w.current);
  const paths: TierPath[] = [];
  for (let t = Math.min(now, w.tiers.length) - 1; t >= 0; t--) paths.push(pathTo(w, t));
  const over = noOverrides(w);
  const moves: Record<string, AnswerMove> = {};
  const risks: (TierRisk & { rank: number })[] = [];
  w.candidates.forEach((c, i) => {
    const at = (status: number) => {
      over[i] = status;
      const e = evaluateWhatIf(w, over);
      over[i] = -1;
      return e.index;
    };
    const yes = at(MATCH);
    const partly = at(PARTIAL);
    const no = at(MISS);
    moves[c.id] = {
      criterionId: c.id,
      label: c.label,
      yes: tierFromIndex(yes, w.tiers),
      partly: tierFromIndex(partly, w.tiers),
      no: tierFromIndex(no, w.tiers),
    };
    if (badness(w, no) > now) {
      risks.push({
        criterionId: c.id,
        kind: 'criterion',
        label: c.label,
        outcome: 'miss',
        toTier: tierFromIndex(no, w.tiers),
        rank: badness(w, no),
      });
    }
  });
  for (const d of w.openDisqualifiers) {
    const e = evaluateWhatIf(w, over, d.capRank);
    if (badness(w, e.index) > now) {
      risks.push({
        criterionId: d.id,
        kind: 'anti-icp',
        label: d.label,
        outcome: 'match',
        toTier: tierFromIndex(e.index, w.tiers),
        reason: d.reason,
        rank: badness(w, e.index),
      });
    }
  }
  risks.sort((a, b) => b.rank - a.rank);
  return {
    current: tierFromIndex(w.current, w.tiers),
    tierOrder: w.tiers.map((t) => t.id),
    paths,
    risks: risks.map(({ rank: _rank, ...r }) => r),
    moves,
  };
}

/**
 * For the account list: the better tier one answer reaches, with the criterion
 * to ask, or undefined. Checks each open criterion once, so it stays cheap
 * enough to run over every stored account.
 */
export function oneAnswerFromNextTier(
  facts: ScoringFacts,
  icp: IcpConfig,
): { tier: TierRef; criterionId: string; label: string } | undefined {
  const w = compileWhatIf(facts, icp);
  const now = badness(w, w.current);
  if (now === 0) return undefined;
  const over = noOverrides(w);
  let best: { index: number; i: number } | undefined;
  for (let i = 0; i < w.candidates.length; i++) {
    over[i] = MATCH;
    const e = evaluateWhatIf(w, over);
    over[i] = -1;
    const b = badness(w, e.index);
    if (b < now && (!best || b < badness(w, best.index))) best = { index: e.index, i };
  }
  if (!best) return undefined;
  const c = w.candidates[best.i]!;
  return { tier: tierFromIndex(best.index, w.tiers), criterionId: c.id, label: c.label };
}

/** Lower is better; "unknown" and "needs discovery" rank below every ICP tier. */
export function tierRank(outlook: TierOutlook, tier: TierRef): number {
  const i = outlook.tierOrder.indexOf(tier.id);
  return i === -1 ? outlook.tierOrder.length : i;
}

export interface OrderedQuestion<Q> {
  question: Q;
  /** Where the best answer leads: the current tier for a question that decides nothing. */
  movesTo: TierRef;
  move?: AnswerMove;
}

/**
 * Questions sorted by what their answer decides: the ones whose best answer
 * reaches the best tier first, then the ones whose bad answer drops it the
 * most, then the order the ICP gave.
 */
export function orderQuestions<Q extends { criterionId?: string }>(
  questions: Q[],
  outlook: TierOutlook,
): OrderedQuestion<Q>[] {
  const now = tierRank(outlook, outlook.current);
  return questions
    .map((question, index) => {
      const move = question.criterionId ? outlook.moves[question.criterionId] : undefined;
      const movesTo = move?.yes ?? outlook.current;
      const up = tierRank(outlook, movesTo);
      const down = move ? tierRank(outlook, move.no) : now;
      return { question, movesTo, ...(move && { move }), up, down, index };
    })
    .sort((a, b) => a.up - b.up || b.down - a.down || a.index - b.index)
    .map(({ question, movesTo, move }) => ({ question, movesTo, ...(move && { move }) }));
}
