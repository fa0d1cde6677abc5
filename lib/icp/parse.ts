import type { z } from 'zod';
import { icpConfigSchema, type IcpConfig } from './schema';

export type IcpParseResult = { ok: true; icp: IcpConfig } | { ok: false; problems: string[] };

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

export function parseIcp(input: unknown): IcpParseResult {
  const result = icpConfigSchema.safeParse(input);
  return result.success
    ? { ok: true, icp: result.data }
    : { ok: false, problems: describeIssues(result.error) };
}
