import type { IcpConfig, Segment } from '../icp/schema';
import type { ScoringFacts } from './facts';
import { evaluateRule } from './evaluate-rule';
import {
  UNKNOWN_TIER,
  type CriterionResult,
  type ScoreResult,
  type SegmentSummary,
  type TierRef,
} from './result';

const CREDIT = { match: 1, partial: 0.5, miss: 0, unknown: 0 } as const;

/**
 * Scores facts against every segment of the ICP and keeps the best one.
 * Score is the share of the *observed* weight that was earned, so an unknown
 * never counts as a miss; confidence is the share of the weight observed.
 */
export function score(facts: ScoringFacts, icp: IcpConfig): ScoreResult {
  const ranked = icp.segments
    .map((segment) => scoreSegment(facts, segment))
    .sort((a, b) => b.score - a.score || b.confidence - a.confidence);
  // The schema guarantees at least one segment.
  const best = ranked[0]!;
  const questions = best.criteria.flatMap((c) =>
    c.status === 'unknown' ? c.questions.map((text) => ({ criterionId: c.id, text })) : [],
  );
  return {
    icpName: icp.name,
    icpVersion: icp.version,
    segmentId: best.segmentId,
    segmentName: best.segmentName,
    score: best.score,
    confidence: best.confidence,
    tier: best.confidence === 0 ? UNKNOWN_TIER : tierFor(best.score, icp),
    criteria: best.criteria,
    questions,
    otherSegments: ranked.slice(1).map(summary),
  };
}

function scoreSegment(
  facts: ScoringFacts,
  segment: Segment,
): SegmentSummary & { criteria: CriterionResult[] } {
  const criteria = segment.criteria.map((criterion): CriterionResult => {
    const outcome = evaluateRule(criterion.rule, facts);
    const open = outcome.status === 'unknown' || outcome.status === 'partial';
    return {
      id: criterion.id,
      label: criterion.label,
      field: criterion.rule.field,
      weight: criterion.weight,
      status: outcome.status,
      points: criterion.weight * CREDIT[outcome.status],
      ...(outcome.found !== undefined && { found: outcome.found }),
      ...(outcome.evidence !== undefined && { evidence: outcome.evidence }),
      questions: open ? criterion.questions : [],
    };
  });
  const total = sum(criteria.map((c) => c.weight));
  const observed = sum(criteria.filter((c) => c.status !== 'unknown').map((c) => c.weight));
  const earned = sum(criteria.map((c) => c.points));
  return {
    segmentId: segment.id,
    segmentName: segment.name,
    score: observed === 0 ? 0 : Math.round((100 * earned) / observed),
    confidence: Math.round((100 * observed) / total),
    criteria,
  };
}

function tierFor(points: number, icp: IcpConfig): TierRef {
  const tier = [...icp.tiers]
    .sort((a, b) => b.minScore - a.minScore)
    .find((t) => points >= t.minScore);
  // The schema requires a tier starting at 0, so one always fits.
  const { id, label, color } = tier!;
  return { id, label, ...(color && { color }) };
}

function summary({ segmentId, segmentName, score, confidence }: SegmentSummary): SegmentSummary {
  return { segmentId, segmentName, score, confidence };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
