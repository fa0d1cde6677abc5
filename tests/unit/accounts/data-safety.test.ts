import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureIcpInstalled } from '../../../lib/extension/accounts/active-icp';
import { IcpLensDb } from '../../../lib/extension/db/db';
import { accountsToJson } from '../../../lib/core/accounts/export';
import { importAccounts } from '../../../lib/extension/accounts/import';
import { recordPage } from '../../../lib/extension/worker/record-page';
import { saveAnswer } from '../../../lib/extension/accounts/save-rep-value';
import type { PageHints } from '../../../lib/core/hints/page-hints';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`safety-${++n}`);
  await ensureIcpInstalled(db, 1);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const page = (i: number): PageHints => ({
  url: `https://www.linkedin.com/company/c${i}/`,
  kind: 'linkedin-company',
  company: {
    name: `Company ${i}`,
    domain: `c${i}.com`,
    industry: 'Software Development',
    employees: { min: 51, max: 200 },
  },
  technologies: [],
  signals: [],
  evidence: { 'company.industry': 'dt "Industry"' },
});
const budget = sampleIcp.segments[0]!.criteria.find((c) => c.id === 'budget')!;
const employees = sampleIcp.segments[0]!.criteria.find((c) => c.id === 'employees')!;

describe('a worker stopped mid-write', () => {
  it('leaves either the whole page record or none of it', async () => {
    // The tab write fails after the account write, inside one transaction.
    vi.spyOn(db.tabs, 'put').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(recordPage(db, 1, page(1), 1)).rejects.toThrow('worker stopped');
    expect(await db.accounts.count()).toBe(0);
    expect(await db.tabs.count()).toBe(0);
    // The next read stores it whole.
    await recordPage(db, 1, page(1), 2);
    expect(await db.accounts.count()).toBe(1);
    expect((await db.tabs.get(1))?.accountId).toBe('c1.com');
  });
});

describe('export then import', () => {
  it('round-trips a rep’s data exactly', async () => {
    for (let i = 0; i < 20; i++) await recordPage(db, i, page(i), 10 + i);
    await saveAnswer(
      db,
      'c3.com',
      budget,
      { kind: 'status', status: 'match', note: 'yes, $150k' },
      100,
    );
    await saveAnswer(db, 'c3.com', employees, { kind: 'value', text: '320' }, 101);
    const before = await db.accounts.orderBy('id').toArray();
    const backup = accountsToJson(before);

    await db.accounts.clear();
    expect(await importAccounts(db, backup)).toEqual({ ok: true, imported: 20 });
    expect(await db.accounts.orderBy('id').toArray()).toEqual(before);
  });

  it.each([
    ['not JSON', '{', 'the file is not JSON'],
    ['another format', JSON.stringify({ format: 'other', version: 1, accounts: [] }), 'format:'],
    [
      'a broken account',
      JSON.stringify({ format: 'icp-lens-accounts', version: 1, accounts: [{ id: 'x' }] }),
      'accounts.0.facts:',
    ],
  ])('refuses %s and keeps what was stored', async (_name, text, problem) => {
    await recordPage(db, 1, page(1), 1);
    const result = await importAccounts(db, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.startsWith(problem)).toBe(true);
    expect(await db.accounts.count()).toBe(1);
  });
});
