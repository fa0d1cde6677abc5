import { z } from 'zod';
import type { AccountRecord } from '../../core/accounts/account';
import type { IcpLensDb } from '../db/db';
import { nameKey } from '../../core/accounts/name-key';

// A backup made by accountsToJson, read back. The file may have been edited
// or may not be ours at all, so it is checked before anything is written,
// and written in one transaction: all of it or none of it.

const MAX_ACCOUNTS = 200_000;

const accountSchema = z
  .object({
    id: z.string().min(1).max(300),
    domain: z.string().max(253).optional(),
    linkedinSlug: z.string().max(200).optional(),
    facts: z
      .object({
        company: z.record(z.string(), z.unknown()),
        evidence: z.record(z.string(), z.string().max(2000)),
        provenance: z.record(z.string(), z.unknown()),
        conflicts: z.record(z.string(), z.unknown()),
        technologies: z.array(z.unknown()).max(2000),
        signals: z.array(z.unknown()).max(500),
      })
      .loose(),
    sources: z
      .array(z.object({ url: z.string().max(4096), kind: z.string(), seenAt: z.number() }))
      .max(100),
    score: z.object({ tier: z.object({ id: z.string(), label: z.string() }).loose() }).loose(),
    createdAt: z.number(),
    updatedAt: z.number(),
  })
  .loose();

const backupSchema = z.object({
  format: z.literal('icp-lens-accounts'),
  version: z.literal(1),
  accounts: z.array(accountSchema).max(MAX_ACCOUNTS),
});

export type ImportResult = { ok: true; imported: number } | { ok: false; problem: string };

export async function importAccounts(db: IcpLensDb, text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the file is not JSON' };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `${issue.path.join('.') || 'file'}: ${issue.message}` };
  }
  const accounts = parsed.data.accounts as unknown as AccountRecord[];
  await db.transaction('rw', db.accounts, async () => {
    await db.accounts.bulkPut(
      accounts.map((a) => {
        const key = a.nameKey ?? nameKey(a.facts.company.name);
        return key ? { ...a, nameKey: key } : a;
      }),
    );
  });
  return { ok: true, imported: accounts.length };
}
