import { z } from 'zod';
import {
  bounded,
  color,
  count,
  countryCode,
  id,
  label,
  money,
  question,
  regionCode,
  terms,
  uniqueIds,
} from './fields';

// ICP configs as the walking skeleton wrote them (schemaVersion 1). Frozen:
// configs of this shape are still accepted and migrated to the current
// version (migrate.ts), so this file only changes if v1 was read wrongly.

const ruleV1 = z.discriminatedUnion('field', [
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
    regions: z.array(regionCode).max(500).optional(),
  }),
  z.object({
    field: z.literal('technologies'),
    anyOf: terms,
    minMatches: z.number().int().min(1).max(50).default(1),
  }),
  z.object({
    field: z.literal('keywords'),
    anyOf: terms,
    minMatches: z.number().int().min(1).max(50).default(1),
  }),
]);

const criterionV1 = z.object({
  id,
  label,
  weight: z.number().positive().max(100),
  rule: ruleV1,
  questions: z.array(question).max(20).default([]),
});

export const icpConfigV1Schema = z
  .object({
    schemaVersion: z.literal(1),
    name: label,
    version: z.number().int().min(1),
    publisher: z.string().max(200).optional(),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    changelog: z.string().max(5000).optional(),
    segments: z
      .array(
        z
          .object({
            id,
            name: label,
            description: z.string().max(1000).optional(),
            criteria: z.array(criterionV1).min(1).max(50),
          })
          .refine((s) => uniqueIds(s.criteria), {
            message: 'criterion ids must be unique within a segment',
            path: ['criteria'],
          }),
      )
      .min(1)
      .max(20),
    tiers: z
      .array(
        z.object({
          id: id.refine((v) => v !== 'unknown', {
            message: '"unknown" is reserved for accounts with nothing observed yet',
          }),
          label,
          minScore: z.number().min(0).max(100),
          color: color.optional(),
        }),
      )
      .min(1)
      .max(10),
  })
  .refine((c) => uniqueIds(c.segments), {
    message: 'segment ids must be unique',
    path: ['segments'],
  })
  .refine((c) => uniqueIds(c.tiers), { message: 'tier ids must be unique', path: ['tiers'] })
  .refine((c) => c.tiers.some((t) => t.minScore === 0), {
    message: 'one tier must start at 0 so every score has a tier',
    path: ['tiers'],
  });

export type IcpConfigV1 = z.infer<typeof icpConfigV1Schema>;
