import type { z } from 'zod';
import { migrateV1 } from './migrate';
import { icpConfigSchema, ICP_SCHEMA_VERSION, type IcpConfig } from './schema';
import { icpConfigV1Schema } from './schema-v1';

export type IcpParseResult =
  { ok: true; icp: IcpConfig; migratedFrom?: number } | { ok: false; problems: string[] };

/** Each problem in words, prefixed with where it is, e.g. `segments[0].criteria[2].weight: ...`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part, i) =>
        typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
      )
      .join('');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Parses a config of any supported schema version into the current one. */
export function parseIcp(input: unknown): IcpParseResult {
  const declared =
    typeof input === 'object' && input !== null && 'schemaVersion' in input
      ? (input as { schemaVersion: unknown }).schemaVersion
      : undefined;
  if (declared === 1) {
    const v1 = icpConfigV1Schema.safeParse(input);
    if (!v1.success) return { ok: false, problems: describeIssues(v1.error) };
    const migrated = icpConfigSchema.safeParse(migrateV1(v1.data));
    return migrated.success
      ? { ok: true, icp: migrated.data, migratedFrom: 1 }
      : { ok: false, problems: describeIssues(migrated.error) };
  }
  if (declared !== undefined && declared !== ICP_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        `schemaVersion: ${JSON.stringify(declared)} is not supported (use 1 or ${ICP_SCHEMA_VERSION})`,
      ],
    };
  }
  const result = icpConfigSchema.safeParse(input);
  return result.success
    ? { ok: true, icp: result.data }
    : { ok: false, problems: describeIssues(result.error) };
}
