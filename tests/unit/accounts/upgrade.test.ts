import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { IcpLensDb } from '../../../lib/extension/db/db';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { score } from '../../../lib/core/scoring/score';

const NAME = 'upgrade-test';
afterEach(() => Dexie.delete(NAME));

// An account exactly as schema v1 stored it.
function v1Account(i: number) {
  const facts = {
    company: {
      name: `Company ${i}`,
      domain: `c${i}.com`,
      industry: 'Software Development',
      employees: { min: 51, max: 200 },
    },
    evidence: { 'company.industry': 'dt "Industry"', 'company.employees': 'dt "Company size"' },
    technologies: [],
    signals: [],
  };
  return {
    id: `c${i}.com`,
    domain: `c${i}.com`,
    facts,
    sources: [
      { url: `https://www.linkedin.com/company/c${i}/`, kind: 'linkedin-company', seenAt: 5 },
    ],
    score: score(facts, sampleIcp),
    createdAt: 5,
    updatedAt: 6,
  };
}

describe('schema upgrades from v1 to the current version', () => {
  it('keeps every account and adds provenance from what v1 recorded', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores({
      accounts: 'id, domain, linkedinSlug, score.tier.id, updatedAt',
      icpHistory: '++seq, version, installedAt',
      tabs: 'tabId, accountId',
    });
    await old.table('accounts').bulkPut(Array.from({ length: 1000 }, (_, i) => v1Account(i)));
    old.close();

    const db = new IcpLensDb(NAME);
    expect(await db.accounts.count()).toBe(1000);
    const account = await db.accounts.get('c7.com');
    expect(account?.facts.company).toEqual(v1Account(7).facts.company);
    expect(account?.facts.provenance.industry).toEqual({
      kind: 'page',
      url: 'https://www.linkedin.com/company/c7/',
      pageKind: 'linkedin-company',
      seenAt: 6,
      evidence: 'dt "Industry"',
    });
    expect(account?.facts.conflicts).toEqual({});
    // v3
    expect(account?.nameKey).toBe('company7');
    expect(await db.accounts.where('nameKey').equals('company7').count()).toBe(1);
    db.close();
  });
});

describe('schema upgrade v2 -> current with 10,000 accounts a rep has worked on', () => {
  it('loses no account, answer, rep value or conflict', { timeout: 60_000 }, async () => {
    const old = new Dexie(NAME);
    old.version(1).stores({
      accounts: 'id, domain, linkedinSlug, score.tier.id, updatedAt',
      icpHistory: '++seq, version, installedAt',
      tabs: 'tabId, accountId',
    });
    old.version(2).stores({});
    const accounts = Array.from({ length: 10_000 }, (_, i) => {
      const base = v1Account(i);
      const facts = {
        ...base.facts,
        company: { ...base.facts.company, employees: { min: 320, max: 320 } },
        provenance: {
          industry: { kind: 'page', seenAt: 5, evidence: 'dt "Industry"' },
          employees: { kind: 'rep', seenAt: 6, evidence: 'entered by the rep' },
        },
        conflicts: {
          employees: [
            {
              value: { min: 51, max: 200 },
              source: { kind: 'page', seenAt: 5, evidence: 'dt "Company size"' },
            },
          ],
        },
        answers: { budget: { status: 'match', note: `yes, about $${i}k`, at: 7 } },
      };
      return { ...base, facts };
    });
    await old.table('accounts').bulkPut(accounts);
    old.close();

    const db = new IcpLensDb(NAME);
    expect(await db.accounts.count()).toBe(10_000);
    const stored = await db.accounts.orderBy('id').toArray();
    const byId = new Map(accounts.map((a) => [a.id, a]));
    for (const account of stored) {
      const before = byId.get(account.id)!;
      const { nameKey, ...rest } = account;
      expect(rest).toEqual(before);
      expect(nameKey).toBe(`company${account.id.slice(1, -4)}`);
    }
    db.close();
  });
});
