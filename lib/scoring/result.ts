import type { CriterionField } from '../icp/schema';

export type CriterionStatus = 'match' | 'partial' | 'miss' | 'unknown';

export interface CriterionResult {
  id: string;
  label: string;
  field: CriterionField;
  weight: number;
  status: CriterionStatus;
  /** Weight earned: full for a match, half for a partial, none otherwise. */
  points: number;
  /** The value that was observed, in words ("51-200 employees"); absent when unknown. */
  found?: string;
  /** Where the observed value was read. */
  evidence?: string;
  /** Discovery questions, given while the criterion is unknown or partial. */
  questions: string[];
}

export interface TierRef {
  /** A tier id from the ICP, or "unknown" when nothing scoreable was observed. */
  id: string;
  label: string;
  color?: string;
}

export interface SegmentSummary {
  segmentId: string;
  segmentName: string;
  score: number;
  confidence: number;
}

export interface ScoreResult extends SegmentSummary {
  icpName: string;
  icpVersion: number;
  tier: TierRef;
  criteria: CriterionResult[];
  /** Questions for every criterion still unknown, in criterion order. */
  questions: { criterionId: string; text: string }[];
  /** The segments that were not chosen, best first. */
  otherSegments: SegmentSummary[];
}

export const UNKNOWN_TIER: TierRef = { id: 'unknown', label: '?' };
