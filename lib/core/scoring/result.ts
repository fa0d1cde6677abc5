import type {
  CriterionField,
  CriterionKind,
  DiscoveryQuestion,
  QuestionGroup,
} from '../icp/schema';

export type CriterionStatus = 'match' | 'partial' | 'miss' | 'unknown';

export interface CriterionResult {
  id: string;
  label: string;
  field: CriterionField;
  kind: CriterionKind;
  weight: number;
  status: CriterionStatus;
  /** Points this criterion added to the score's numerator (full, half or none of its weight). */
  points: number;
  /** The value that was observed, in words ("51-200 employees"); absent when unknown. */
  found?: string;
  /** Where the observed value was read. */
  evidence?: string;
  /** Discovery questions, given while the criterion is unknown or partial. */
  questions: DiscoveryQuestion[];
  /** The manager's talking point, given when the criterion matches. */
  talkingPoint?: string;
}

export interface TierRef {
  /** A tier id from the ICP, "unknown" (nothing observed) or "needs-discovery" (too little). */
  id: string;
  label: string;
  color?: string;
}

export interface DisqualifierHit {
  id: string;
  label: string;
  reason: string;
  found?: string;
  evidence?: string;
  /** The best tier the account can get while this holds. */
  capTier: TierRef;
}

export type TimingLevel = 'hot' | 'warm' | 'cold';

export interface TimingResult {
  level: TimingLevel;
  /** Sum of the weights of the buying signals seen. */
  points: number;
  signals: { id: string; label: string; weight: number; detail: string; evidence: string }[];
}

export interface SegmentSummary {
  segmentId: string;
  segmentName: string;
  score: number;
  confidence: number;
}

export interface ScoreQuestion {
  /** Absent for the segment's own questions. */
  criterionId?: string;
  text: string;
  group: QuestionGroup;
}

export interface ScoreResult extends SegmentSummary {
  icpName: string;
  icpVersion: number;
  /** The tier to show: caps and the confidence floor applied. */
  tier: TierRef;
  /** The tier the score alone would earn. */
  fitTier: TierRef;
  /** Anti-ICP rules the account meets, shown before anything else. */
  disqualifiers: DisqualifierHit[];
  /** Must-have criteria that are missed (each caps the tier at the lowest). */
  mustHaveMisses: string[];
  timing: TimingResult;
  criteria: CriterionResult[];
  /** Questions for what is still unknown or partial, then the segment's own. */
  questions: ScoreQuestion[];
  /** The segments that were not chosen, best first. */
  otherSegments: SegmentSummary[];
}

export const UNKNOWN_TIER: TierRef = { id: 'unknown', label: '?' };
export const NEEDS_DISCOVERY_TIER: TierRef = { id: 'needs-discovery', label: '?' };
