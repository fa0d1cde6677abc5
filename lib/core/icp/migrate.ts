import type { IcpConfigV1 } from './schema-v1';
import type { CriterionField, IcpConfigInput, QuestionGroup } from './schema';

/** Where a v1 criterion's questions belong among the ICP articles' groups. */
function groupFor(field: CriterionField): QuestionGroup {
  return field === 'keywords' ? 'pain' : 'firmographics';
}

/**
 * v1 -> v2. Everything v1 said keeps its meaning: every criterion becomes a
 * plain fit criterion, its questions keep their text and order, and the new
 * parts (disqualifiers, buying signals, personas, a confidence floor) start
 * empty or off, so a migrated ICP scores every account exactly as before.
 */
export function migrateV1(v1: IcpConfigV1): IcpConfigInput {
  return {
    ...v1,
    schemaVersion: 2,
    segments: v1.segments.map((segment) => ({
      ...segment,
      criteria: segment.criteria.map((criterion) => ({
        ...criterion,
        kind: 'fit' as const,
        questions: criterion.questions.map((text) => ({
          text,
          group: groupFor(criterion.rule.field),
        })),
      })),
      questions: [],
    })),
    minConfidence: 0,
    antiIcp: [],
    buyingSignals: [],
    personas: [],
  };
}
