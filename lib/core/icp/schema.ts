import { z } from 'zod';
import {
  bounded,
  color,
  count,
  countryCode,
  id,
  label,
  longText,
  money,
  question,
  regionCode,
  term,
  terms,
  uniqueIds,
} from './fields';
import { DEPARTMENTS, SENIORITIES } from '../jobs/job-kinds';
import { EXPANSION_KINDS, FUNDING_ROUNDS } from '../hints/signal-kinds';

// The ICP config as a manager writes it (schemaVersion 2). Every config that
// enters the extension (the built-in sample, a file, a sync) is parsed here,
// so a hostile or malformed config is rejected before it reaches scoring.
// Older versions are migrated to this one by migrate.ts.

export const ICP_SCHEMA_VERSION = 2;

/** Tier ids the scorer uses itself. */
export const RESERVED_TIER_IDS = ['unknown', 'needs-discovery'] as const;

/** The ICP articles group discovery questions this way. */
export const questionGroupSchema = z.enum(['firmographics', 'pain', 'buying-process']);

export const discoveryQuestionSchema = z.object({
  text: question,
  group: questionGroupSchema.default('firmographics'),
});

/** What a criterion or disqualifier looks at, and what counts as a match. */
export const ruleSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('industry'), anyOf: terms }),
  bounded(
    z.object({ field: z.literal('employees'), min: count.optional(), max: count.optional() }),
  ),
  bounded(
    z.object({ field: z.literal('revenueUsd'), min: money.optional(), max: money.optional() }),
  ),
  z.object({
    field: z.literal('hq'),
    countries: z.array(countryCode).min(1).max(250),
    /** Narrows the countries to these subdivisions; elsewhere in the country is partial. */
    regions: z.array(regionCode).max(500).optional(),
  }),
  z
    .object({
      field: z.literal('technologies'),
      /** Technology names, as the fingerprint dataset names them. */
      anyOf: z.array(term).max(500).default([]),
      /** Whole categories, e.g. "CRM" or "Marketing automation". */
      categories: z.array(term).max(100).default([]),
      /** How many distinct hits make a full match; fewer (but some) is partial. */
      minMatches: z.number().int().min(1).max(50).default(1),
    })
    .refine((r) => r.anyOf.length + r.categories.length > 0, {
      message: 'name at least one technology or category',
    }),
  z.object({
    field: z.literal('keywords'),
    anyOf: terms,
    minMatches: z.number().int().min(1).max(50).default(1),
  }),
  /** Known only from the rep's answer to the criterion's questions (budget, pain, timeline). */
  z.object({ field: z.literal('answer') }),
]);

/**
 * fit: counts toward the score; must-have: counts, and a miss caps the tier at
 * the lowest; bonus: adds when met, costs nothing when not; competitor: a
 * technology we replace, shown as an opportunity and scored like a bonus.
 */
export const criterionKindSchema = z.enum(['fit', 'must-have', 'bonus', 'competitor']);

export const criterionSchema = z.object({
  id,
  label,
  weight: z.number().positive().max(100),
  kind: criterionKindSchema.default('fit'),
  rule: ruleSchema,
  /** Asked while the criterion is unknown or partial. */
  questions: z.array(discoveryQuestionSchema).max(20).default([]),
  /** What to say when it matches (for a competitor: the replacement story). */
  talkingPoint: longText.optional(),
});

export const segmentSchema = z
  .object({
    id,
    name: label,
    description: z.string().max(1000).optional(),
    criteria: z.array(criterionSchema).min(1).max(50),
    /** The segment's own questions, asked whatever the page showed. */
    questions: z.array(discoveryQuestionSchema).max(30).default([]),
  })
  .refine((s) => uniqueIds(s.criteria), {
    message: 'criterion ids must be unique within a segment',
    path: ['criteria'],
  });

export const disqualifierSchema = z.object({
  id,
  label,
  /** Why such an account is not pursued, in the manager's words. */
  reason: longText,
  rule: ruleSchema,
  /** The best tier a disqualified account can get; the lowest tier when absent. */
  capTier: id.optional(),
});

export const buyingSignalRuleSchema = z.discriminatedUnion('type', [
  /**
   * Any hiring, or hiring for what the rule names: role words found in a job
   * title ("Data Engineer", "SDR") or naming a department ("Sales"), the
   * departments and the seniorities a title is read into. A title must fit
   * every part the rule names.
   */
  z.object({
    type: z.literal('hiring'),
    roles: z.array(term).max(50).optional(),
    departments: z.array(z.enum(DEPARTMENTS)).max(DEPARTMENTS.length).optional(),
    seniorities: z.array(z.enum(SENIORITIES)).max(SENIORITIES.length).optional(),
  }),
  /** Any funding round, or one of the named rounds, of at least an amount in US dollars. */
  z.object({
    type: z.literal('funding'),
    rounds: z.array(z.enum(FUNDING_ROUNDS)).max(FUNDING_ROUNDS.length).optional(),
    minAmountUsd: z.number().positive().max(1e15).optional(),
  }),
  /** Any expansion, or one of the named kinds (a new office, headquarters or market). */
  z.object({
    type: z.literal('expansion'),
    kinds: z.array(z.enum(EXPANSION_KINDS)).max(EXPANSION_KINDS.length).optional(),
  }),
  z.object({ type: z.literal('job-count'), min: count }),
  z.object({ type: z.literal('technology-change') }),
]);

export const buyingSignalSchema = z.object({
  id,
  label,
  weight: z.number().positive().max(100),
  rule: buyingSignalRuleSchema,
});

export const personaRoleSchema = z.enum([
  'champion',
  'economic-buyer',
  'technical-buyer',
  'user',
  'gatekeeper',
  'procurement',
]);

export const personaSchema = z.object({
  id,
  name: label,
  role: personaRoleSchema,
  /** Matched against a person's title, case-insensitively, as whole words ("VP Sales", "Head of Sales"). */
  titlePatterns: terms,
  goals: z.array(longText).max(20).default([]),
  pains: z.array(longText).max(20).default([]),
  talkingPoints: z.array(longText).max(20).default([]),
  objections: z
    .array(z.object({ objection: longText, response: longText }))
    .max(20)
    .default([]),
  questions: z.array(discoveryQuestionSchema).max(20).default([]),
});

export const tierSchema = z.object({
  id: id.refine((v) => !(RESERVED_TIER_IDS as readonly string[]).includes(v), {
    message: `${RESERVED_TIER_IDS.map((t) => `"${t}"`).join(' and ')} are reserved`,
  }),
  label,
  /** Lowest score (0-100) that earns this tier. */
  minScore: z.number().min(0).max(100),
  color: color.optional(),
});

export const icpConfigSchema = z
  .object({
    schemaVersion: z.literal(ICP_SCHEMA_VERSION),
    name: label,
    /** Increases with every published change; sync never goes backwards. */
    version: z.number().int().min(1),
    publisher: z.string().max(200).optional(),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    changelog: z.string().max(5000).optional(),
    segments: z.array(segmentSchema).min(1).max(20),
    tiers: z.array(tierSchema).min(1).max(10),
    /** Below this confidence the tier reads "needs discovery" instead of guessing. */
    minConfidence: z.number().min(0).max(100).default(0),
    antiIcp: z.array(disqualifierSchema).max(100).default([]),
    buyingSignals: z.array(buyingSignalSchema).max(50).default([]),
    /** Total signal weight for "warm" and "hot" timing. */
    timing: z
      .object({ warm: z.number().min(0), hot: z.number().min(0) })
      .refine((t) => t.warm <= t.hot, { message: 'warm must not exceed hot' })
      .default({ warm: 20, hot: 50 }),
    personas: z.array(personaSchema).max(30).default([]),
  })
  .refine((c) => uniqueIds(c.segments), {
    message: 'segment ids must be unique',
    path: ['segments'],
  })
  .refine((c) => uniqueIds(c.tiers), { message: 'tier ids must be unique', path: ['tiers'] })
  .refine((c) => c.tiers.some((t) => t.minScore === 0), {
    message: 'one tier must start at 0 so every score has a tier',
    path: ['tiers'],
  })
  .refine((c) => uniqueIds(c.antiIcp), {
    message: 'disqualifier ids must be unique',
    path: ['antiIcp'],
  })
  .refine((c) => c.antiIcp.every((d) => !d.capTier || c.tiers.some((t) => t.id === d.capTier)), {
    message: 'capTier must name one of the tiers',
    path: ['antiIcp'],
  })
  .refine((c) => uniqueIds(c.buyingSignals), {
    message: 'buying signal ids must be unique',
    path: ['buyingSignals'],
  })
  .refine((c) => uniqueIds(c.personas), {
    message: 'persona ids must be unique',
    path: ['personas'],
  });

export type IcpConfig = z.infer<typeof icpConfigSchema>;
export type IcpConfigInput = z.input<typeof icpConfigSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionKind = z.infer<typeof criterionKindSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type CriterionField = Rule['field'];
export type Disqualifier = z.infer<typeof disqualifierSchema>;
export type BuyingSignal = z.infer<typeof buyingSignalSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type PersonaRole = z.infer<typeof personaRoleSchema>;
export type DiscoveryQuestion = z.infer<typeof discoveryQuestionSchema>;
export type QuestionGroup = z.infer<typeof questionGroupSchema>;
