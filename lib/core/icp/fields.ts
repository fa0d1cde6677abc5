import { z } from 'zod';
import '../zod-config';

// Building blocks shared by every ICP schema version. Caps on lengths and
// counts keep a hostile config from exhausting memory.

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lower-case letters, digits and dashes (max 64)');
export const label = z.string().trim().min(1).max(120);
export const longText = z.string().trim().min(1).max(1000);
export const question = z.string().trim().min(1).max(300);
export const term = z.string().trim().min(1).max(120);
export const terms = z.array(term).min(1).max(500);
export const count = z.number().int().nonnegative();
export const money = z.number().nonnegative();
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "US"');
export const regionCode = z
  .string()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'use an ISO 3166-2 code such as "US-CA"');
export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour such as "#1a7f37"');

export function bounded<T extends z.ZodType<{ min?: number; max?: number }>>(schema: T) {
  return schema
    .refine((r) => r.min !== undefined || r.max !== undefined, {
      message: 'give min, max or both',
    })
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      message: 'min must not exceed max',
    });
}

export function uniqueIds<T extends { id: string }>(items: T[]): boolean {
  return new Set(items.map((i) => i.id)).size === items.length;
}
