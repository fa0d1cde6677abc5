import { z } from 'zod';

// The ICP config as a manager writes it. Every config that enters the
// extension (the built-in sample, a file, a sync) is parsed with this schema,
// so a hostile or malformed config is rejected before it can reach scoring.
// Caps on lengths and counts keep a hostile config from exhausting memory.

export const ICP_SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lower-case letters, digits and dashes (max 64)');
const label = z.string().trim().min(1).max(120);
const question = z.string().trim().min(1).max(300);
const term = z.string().trim().min(1).max(120);
const terms = z.array(term).min(1).max(500);
const count = z.number().int().nonnegative();
const money = z.number().nonnegative();

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "US"');
const regionCode = z
  .string()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'use an ISO 3166-2 code such as "US-CA"');

function bounded<T extends z.ZodType<{ min?: number; max?: number }>>(schema: T) {
  return schema
    .refine((r) => r.min !== undefined || r.max !== undefined, {
      message: 'give min, max or both',
    })
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      message: 'min must not exceed max',
    });
}

/** What a criterion looks at, and what counts as a match. */
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
    /** Narrows the countries to these subdivisions; a match elsewhere in the country is partial. */
    regions: z.array(regionCode).max(500).optional(),
  }),
  z.object({
    field: z.literal('technologies'),
    anyOf: terms,
    /** How many of `anyOf` make a full match; fewer (but some) is partial. */
    minMatches: z.number().int().min(1).max(50).default(1),
  }),
  z.object({
    field: z.literal('keywords'),
    anyOf: terms,
    minMatches: z.number().int().min(1).max(50).default(1),
  }),
]);

export const criterionSchema = z.object({
  id,
  label,
  /** Relative importance inside its segment. */
  weight: z.number().positive().max(100),
  rule: ruleSchema,
  /** Asked while the criterion is unknown, so the rep can close the gap on a call. */
  questions: z.array(question).max(20).default([]),
});

export const segmentSchema = z
  .object({
    id,
    name: label,
    description: z.string().max(1000).optional(),
    criteria: z.array(criterionSchema).min(1).max(50),
  })
  .refine((s) => new Set(s.criteria.map((c) => c.id)).size === s.criteria.length, {
    message: 'criterion ids must be unique within a segment',
    path: ['criteria'],
  });

export const tierSchema = z.object({
  id: id.refine((v) => v !== 'unknown', {
    message: '"unknown" is reserved for accounts with nothing observed yet',
  }),
  label,
  /** Lowest score (0-100) that earns this tier. */
  minScore: z.number().min(0).max(100),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'use a colour such as "#1a7f37"')
    .optional(),
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
  })
  .refine((c) => new Set(c.segments.map((s) => s.id)).size === c.segments.length, {
    message: 'segment ids must be unique',
    path: ['segments'],
  })
  .refine((c) => new Set(c.tiers.map((t) => t.id)).size === c.tiers.length, {
    message: 'tier ids must be unique',
    path: ['tiers'],
  })
  .refine((c) => c.tiers.some((t) => t.minScore === 0), {
    message: 'one tier must start at 0 so every score has a tier',
    path: ['tiers'],
  });

export type IcpConfig = z.infer<typeof icpConfigSchema>;
export type IcpConfigInput = z.input<typeof icpConfigSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type CriterionField = Rule['field'];
