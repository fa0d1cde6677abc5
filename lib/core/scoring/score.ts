import type { IcpConfig, Segment, Tier } from '../icp/schema';
import { answeredOutcome, evaluateRule } from './evaluate-rule';
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
export function score(facts: ScoringFacts, icp: IcpConfig): ScoreResult {
  const ranked = icp.segments
    .map((segment) => scoreSegment(facts, segment))
    .sort(
      (a, b) =>
        a.mustHaveMisses.length - b.mustHaveMisses.length ||
        b.score - a.score ||
        b.confidence - a.confidence,
    );
  // The schema guarantees at least one segment.
  const best = ranked[0]!;
  const tiers = [...icp.tiers].sort((a, b) => b.minScore - a.minScore);
  const lowest = tiers[tiers.length - 1]!;
  const disqualifiers = disqualify(facts, icp, lowest);
  const fitTier =
    best.observed === 0 ? UNKNOWN_TIER : tierRef(tiers.find((t) => best.score >= t.minScore)!);

  const caps = [
    ...disqualifiers.map((d) => d.capTier),
    ...(best.mustHaveMisses.length ? [tierRef(lowest)] : []),
  ];
  let tier: TierRef;
  if (caps.length) {
    const candidates = fitTier.id === UNKNOWN_TIER.id ? caps : [fitTier, ...caps];
    tier = candidates.reduce((worst, t) => (rank(t, tiers) > rank(worst, tiers) ? t : worst));
  } else if (fitTier.id !== UNKNOWN_TIER.id && best.confidence < icp.minConfidence) {
    tier = NEEDS_DISCOVERY_TIER;
  } else {
    tier = fitTier;
  }

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
  const core = criteria.filter((c) => c.kind === 'fit' || c.kind === 'must-have');
  const total = sum(core.map((c) => c.weight));
  const observed = sum(core.filter((c) => c.status !== 'unknown').map((c) => c.weight));
  const earned = sum(criteria.map((c) => c.points));
  return {
    segment,
    segmentId: segment.id,
    segmentName: segment.name,
    score: observed === 0 ? 0 : Math.min(100, Math.round((100 * earned) / observed)),
    confidence: total === 0 ? 0 : Math.round((100 * observed) / total),
    criteria,
    observed,
    mustHaveMisses: criteria
      .filter((c) => c.kind === 'must-have' && c.status === 'miss')
      .map((c) => c.id),
  };
}

function disqualify(facts: ScoringFacts, icp: IcpConfig, lowest: Tier): DisqualifierHit[] {
  return icp.antiIcp.flatMap((d) => {
    const outcome = evaluateRule(d.rule, facts);
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
