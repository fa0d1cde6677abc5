import type { IcpConfig, Segment, Tier } from '../icp/schema';
import { answeredOutcome, evaluateRule, type RuleOutcome } from './evaluate-rule';
import type { ScoringFacts } from './facts';
import {
  NEEDS_DISCOVERY_TIER,
  UNKNOWN_TIER,
  type CriterionResult,
  type DisqualifierHit,
  type ScoreQuestion,
  type ScoreResult,
  type SegmentSummary,
  type TierRef,
} from './result';
import { timingFor } from './timing';

const CREDIT = { match: 1, partial: 0.5, miss: 0, unknown: 0 } as const;

interface SegmentScore extends SegmentSummary {
  segment: Segment;
  criteria: CriterionResult[];
  /** Weight of the fit and must-have criteria that were observed. */
  observed: number;
  mustHaveMisses: string[];
}

/**
 * Scores facts against every segment of the ICP and keeps the best one.
 * - Score: the share of the observed fit and must-have weight that was
 *   earned, plus what bonus and competitor criteria add, capped at 100. An
 *   unknown never counts as a miss.
 * - Confidence: the share of the fit and must-have weight that was observed.
 * - Tier: from the score, then capped by missed must-haves and anti-ICP
 *   disqualifiers; "needs discovery" when confidence is under the ICP's floor.
 * Pure and deterministic: the same facts and ICP always give the same result.
 */
export function score(facts: ScoringFacts, icp: IcpConfig, assume?: Assumptions): ScoreResult {
  const ranked = icp.segments
    .map((segment) => scoreSegment(facts, segment))
    .sort((a, b) =>
      compareSegments(
        a.mustHaveMisses.length,
        a.score,
        a.confidence,
        b.mustHaveMisses.length,
        b.score,
        b.confidence,
      ),
    );
  // The schema guarantees at least one segment.
  const best = ranked[0]!;
  const tiers = tiersBestFirst(icp);
  const lowest = tiers[tiers.length - 1]!;
  const disqualifiers = disqualify(facts, icp, lowest, assume);
  const fitRank = fitTierRank(best.observed, best.score, tiers);
  const fitTier = fitRank === -1 ? UNKNOWN_TIER : tierRef(tiers[fitRank]!);
  const tierIndex = decideTier(
    fitRank,
    best.confidence,
    best.mustHaveMisses.length > 0,
    disqualifiers.map((d) => rank(d.capTier, tiers)),
    tiers.length,
    icp.minConfidence,
  );
  const tier = tierFromIndex(tierIndex, tiers);

  return {
    icpName: icp.name,
    icpVersion: icp.version,
    segmentId: best.segmentId,
    segmentName: best.segmentName,
    score: best.score,
    confidence: best.confidence,
    tier,
    fitTier,
    disqualifiers,
    mustHaveMisses: best.mustHaveMisses,
    timing: timingFor(facts.signals ?? [], icp),
    criteria: best.criteria,
    questions: questionsFor(best),
    otherSegments: ranked.slice(1).map(summary),
  };
}

function scoreSegment(facts: ScoringFacts, segment: Segment): SegmentScore {
  const criteria = segment.criteria.map((criterion): CriterionResult => {
    const outcome = answeredOutcome(facts, criterion.id) ?? evaluateRule(criterion.rule, facts);
    const open = outcome.status === 'unknown' || outcome.status === 'partial';
    return {
      id: criterion.id,
      label: criterion.label,
      field: criterion.rule.field,
      kind: criterion.kind,
      weight: criterion.weight,
      status: outcome.status,
      points: criterion.weight * CREDIT[outcome.status],
      ...(outcome.found !== undefined && { found: outcome.found }),
      ...(outcome.evidence !== undefined && { evidence: outcome.evidence }),
      questions: open ? criterion.questions : [],
      ...(criterion.talkingPoint &&
        outcome.status === 'match' && { talkingPoint: criterion.talkingPoint }),
    };
  });
  const core = criteria.filter((c) => isCore(c.kind));
  const total = sum(core.map((c) => c.weight));
  const observed = sum(core.filter((c) => c.status !== 'unknown').map((c) => c.weight));
  const earned = sum(criteria.map((c) => c.points));
  return {
    segment,
    segmentId: segment.id,
    segmentName: segment.name,
    score: segmentScore(earned, observed),
    confidence: segmentConfidence(observed, total),
    criteria,
    observed,
    mustHaveMisses: criteria
      .filter((c) => c.kind === 'must-have' && c.status === 'miss')
      .map((c) => c.id),
  };
}

function disqualify(
  facts: ScoringFacts,
  icp: IcpConfig,
  lowest: Tier,
  assume?: Assumptions,
): DisqualifierHit[] {
  return icp.antiIcp.flatMap((d) => {
    const assumed = assume?.disqualifiers?.[d.id];
    const outcome: RuleOutcome =
      assumed === undefined
        ? evaluateRule(d.rule, facts)
        : { status: assumed ? 'match' : 'miss', found: 'assumed' };
    if (outcome.status !== 'match') return [];
    const cap = icp.tiers.find((t) => t.id === d.capTier) ?? lowest;
    return [
      {
        id: d.id,
        label: d.label,
        reason: d.reason,
        ...(outcome.found !== undefined && { found: outcome.found }),
        ...(outcome.evidence !== undefined && { evidence: outcome.evidence }),
        capTier: tierRef(cap),
      },
    ];
  });
}

function questionsFor(best: SegmentScore): ScoreQuestion[] {
  return [
    ...best.criteria.flatMap((c) => c.questions.map((q) => ({ criterionId: c.id, ...q }))),
    ...best.segment.questions.map((q) => ({ ...q })),
  ];
}

/**
 * What-if inputs that facts cannot express: whether an unchecked anti-ICP rule
 * holds (true: it does). Criteria are assumed through `facts.answers`.
 */
export interface Assumptions {
  disqualifiers?: Record<string, boolean>;
}

export const CRITERION_CREDIT = CREDIT;

export function isCore(kind: string): boolean {
  return kind === 'fit' || kind === 'must-have';
}

/** The share of observed fit and must-have weight earned, bonus included, capped at 100. */
export function segmentScore(earned: number, observed: number): number {
  return observed === 0 ? 0 : Math.min(100, Math.round((100 * earned) / observed));
}

export function segmentConfidence(observed: number, total: number): number {
  return total === 0 ? 0 : Math.round((100 * observed) / total);
}

/** Best segment first: fewest missed must-haves, then score, then confidence. */
export function compareSegments(
  aMisses: number,
  aScore: number,
  aConfidence: number,
  bMisses: number,
  bScore: number,
  bConfidence: number,
): number {
  return aMisses - bMisses || bScore - aScore || bConfidence - aConfidence;
}

export function tiersBestFirst(icp: IcpConfig): Tier[] {
  return [...icp.tiers].sort((a, b) => b.minScore - a.minScore);
}

/** Index of the tier the score earns, or -1 when nothing was observed. */
export function fitTierRank(observed: number, segScore: number, tiers: Tier[]): number {
  return observed === 0 ? -1 : tiers.findIndex((t) => segScore >= t.minScore);
}

/** Index into the tiers (best first); `tierCount` = needs discovery, -1 = unknown. */
export function decideTier(
  fitRank: number,
  confidence: number,
  missedMustHave: boolean,
  capRanks: number[],
  tierCount: number,
  minConfidence: number,
): number {
  let worstCap = missedMustHave ? tierCount - 1 : -1;
  for (const r of capRanks) if (r > worstCap) worstCap = r;
  if (worstCap !== -1) return Math.max(worstCap, fitRank);
  if (fitRank !== -1 && confidence < minConfidence) return tierCount;
  return fitRank;
}

export function tierFromIndex(index: number, tiers: Tier[]): TierRef {
  if (index === -1) return UNKNOWN_TIER;
  if (index >= tiers.length) return NEEDS_DISCOVERY_TIER;
  return tierRef(tiers[index]!);
}

/** Higher is a worse tier; the reserved tiers rank below every ICP tier. */
function rank(tier: TierRef, tiersBestFirst: Tier[]): number {
  const index = tiersBestFirst.findIndex((t) => t.id === tier.id);
  return index === -1 ? tiersBestFirst.length : index;
}

function tierRef({ id, label, color }: Tier): TierRef {
  return { id, label, ...(color && { color }) };
}

function summary({ segmentId, segmentName, score, confidence }: SegmentSummary): SegmentSummary {
  return { segmentId, segmentName, score, confidence };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
