import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { IcpLensDb } from '../../../lib/accounts/db';
import { sampleIcp } from '../../../lib/icp/sample-icp';
import { score } from '../../../lib/scoring/score';

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
