import Dexie from 'dexie';
import type { AccountRecord } from '../accounts/account';
import { IcpLensDb } from '../accounts/db';
import { sampleIcp } from '../icp/sample-icp';
import type { IcpConfig } from '../icp/schema';
import { score } from '../scoring/score';
import { installSyncedIcp } from './install-icp';
import { RESCORE_CHUNK } from './rescore';

// `npm run bench` figure: how long installing a synced ICP takes with N
// stored accounts (history entry plus re-scoring every account, in one
// transaction), against a plain chunked bulkPut of the same records in one
// transaction: the floor for rewriting N records. Runs on fake-indexeddb in
// Node, so the figures compare costs rather than predict Chromium's times.

export interface RescoreBench {
  accounts: number;
  /** Best of the rounds: install the next ICP version and re-score every account. */
  rescoreMs: number;
  /** Best of the rounds: bulkPut the same records over themselves, chunked, one transaction. */
  bulkPutMs: number;
  /** rescoreMs / bulkPutMs; the target is at most 1.5. */
  ratio: number;
}

export interface RescoreBenchOptions {
  dbName?: string;
  /** Each round times one bulkPut pass and one update; the best of each is kept (a shared machine is noisy). */
  rounds?: number;
}

export async function benchRescore(
  accounts = 100_000,
  { dbName = 'icp-lens-bench-rescore', rounds = 2 }: RescoreBenchOptions = {},
): Promise<RescoreBench> {
  // Plain Node has no IndexedDB: hand Dexie the in-memory one (under Vitest
  // the setup file has installed it already).
  if (!Dexie.dependencies.indexedDB) {
    const fake = await import('fake-indexeddb');
    Dexie.dependencies.indexedDB = fake.indexedDB;
    Dexie.dependencies.IDBKeyRange = fake.IDBKeyRange;
  }
  const db = new IcpLensDb(dbName);
  await db.delete();
  await db.open();
  try {
    await putAll(db, accounts);
    let bulkPutMs = Infinity;
    let rescoreMs = Infinity;
    let icp = sampleIcp;
    for (let round = 0; round < rounds; round++) {
      bulkPutMs = Math.min(bulkPutMs, await putAll(db, accounts));
      icp = nextVersion(icp);
      const start = performance.now();
      const result = await installSyncedIcp(db, icp, 'bench:');
      rescoreMs = Math.min(rescoreMs, performance.now() - start);
      if (result.status !== 'installed' || result.rescored !== accounts)
        throw new Error(`bench: the update did not re-score ${accounts} accounts`);
    }
    return { accounts, rescoreMs, bulkPutMs, ratio: rescoreMs / bulkPutMs };
  } finally {
    db.close();
    await db.delete();
  }
}

/**
 * Writes the N accounts in chunks in one transaction and returns the time
 * spent in bulkPut alone. Records are made chunk by chunk, outside the
 * timing, so 100,000 of them never sit in memory next to the database.
 */
function putAll(db: IcpLensDb, accounts: number): Promise<number> {
  return db.transaction('rw', db.accounts, async () => {
    let ms = 0;
    for (let i = 0; i < accounts; i += RESCORE_CHUNK) {
      const chunk: AccountRecord[] = [];
      for (let j = i; j < Math.min(accounts, i + RESCORE_CHUNK); j++)
        chunk.push(makeAccount(j, sampleIcp));
      const start = performance.now();
      await db.accounts.bulkPut(chunk);
      ms += performance.now() - start;
    }
    return ms;
  });
}

/** The sample ICP one version on, with a stricter mid-market size. */
function nextVersion(icp: IcpConfig): IcpConfig {
  return {
    ...icp,
    version: icp.version + 1,
    segments: icp.segments.map((s, i) =>
      i === 0
        ? {
            ...s,
            criteria: s.criteria.map((c) =>
              c.rule.field === 'employees'
                ? { ...c, rule: { field: 'employees' as const, min: 1000 } }
                : c,
            ),
          }
        : s,
    ),
  };
}

const INDUSTRIES = ['Software Development', 'Advertising Services', 'Staffing and Recruiting'];
const COUNTRIES = ['US', 'DE', 'GB', 'FR', 'BR'];
const TECHNOLOGIES = [
  { name: 'HubSpot', categories: ['CRM', 'Marketing automation'] },
  { name: 'Salesforce', categories: ['CRM'] },
  { name: 'Gong', categories: ['Sales enablement'] },
  { name: 'React', categories: ['JavaScript frameworks'] },
];

/** The i-th account, shaped like the ones the extension stores, with varied facts. */
function makeAccount(i: number, icp: IcpConfig): AccountRecord {
  const domain = `company-${String(i).padStart(6, '0')}.example`;
  const seenAt = 1_700_000_000_000 + i;
  const source = { kind: 'page' as const, url: `https://${domain}/`, seenAt, evidence: 'footer' };
  const facts: AccountRecord['facts'] = {
    company: {
      name: `Company ${i}`,
      domain,
      industry: INDUSTRIES[i % INDUSTRIES.length]!,
      employees: { min: 10 + (i % 50) * 60, max: 60 + (i % 50) * 60 },
      hq: { city: 'Springfield', country: COUNTRIES[i % COUNTRIES.length]! },
      description: 'B2B SaaS for revenue teams, with an API and automation.',
    },
    technologies: TECHNOLOGIES.slice(0, 1 + (i % TECHNOLOGIES.length)).map((t) => ({
      ...t,
      evidence: `script src https://cdn.${t.name.toLowerCase()}.example/x.js`,
    })),
    signals: i % 3 === 0 ? [{ type: 'hiring', detail: '12 open jobs', evidence: 'careers' }] : [],
    evidence: { 'company.industry': 'LinkedIn "Industry"', 'company.employees': 'about page' },
    provenance: { industry: source, employees: source },
    conflicts: {},
  };
  return {
    id: domain,
    domain,
    nameKey: `company ${i}`,
    facts,
    sources: [{ url: `https://${domain}/`, kind: 'website', seenAt }],
    score: score(facts, icp),
    createdAt: seenAt,
    updatedAt: seenAt,
  };
}
