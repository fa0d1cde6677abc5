import type { AccountRecord } from '../../lib/core/accounts/account';
import { IcpLensDb } from '../../lib/extension/db/db';
import { sampleIcp } from '../../lib/core/icp/sample-icp';
import type { IcpConfig } from '../../lib/core/icp/schema';
import type { ScoreResult } from '../../lib/core/scoring/result';
import { score } from '../../lib/core/scoring/score';
import { installIcp } from '../../lib/extension/accounts/install-icp';
import { RESCORE_CHUNK } from '../../lib/extension/accounts/rescore-accounts';

// `npm run bench` figure: how long installing a synced ICP takes with N
// stored accounts (history entry plus re-scoring every account, in one
// transaction, through the extension's own installIcp), against a
// plain chunked bulkPut of the same records in one transaction: the floor
// for rewriting N records. Both sides are timed to the transaction's commit.
// It needs an IndexedDB: tests/bench/rescore-in-chromium.ts runs it in a
// real Chromium page; the unit test runs it small on fake-indexeddb.

export interface RescoreRound {
  /** Install the next ICP version and re-score every account, to the commit. */
  rescoreMs: number;
  /** bulkPut the same records over themselves, chunked, one transaction, to the commit. */
  bulkPutMs: number;
}

export interface RescoreBench {
  accounts: number;
  /** Median over the rounds. */
  rescoreMs: number;
  /** Median over the rounds. */
  bulkPutMs: number;
  /** Median of the rounds' rescoreMs / bulkPutMs; the target is at most 1.5. */
  ratio: number;
  /** Interquartile range of the rounds' ratios over their median. */
  noise: number;
  /** The same spread for each side's own times. */
  rescoreNoise: number;
  bulkPutNoise: number;
  rounds: RescoreRound[];
}

/**
 * A database holding N accounts, and the two timed operations. Rounds are
 * driven from outside (tests/bench/rescore-in-chromium.ts drives them from
 * Node, one page call at a time) or by benchRescore below.
 */
export class RescoreBenchDb {
  private icp = sampleIcp;

  private constructor(
    private readonly db: IcpLensDb,
    readonly accounts: number,
  ) {}

  /** A fresh database with the N accounts stored, as an update finds it. */
  static async open(accounts: number, dbName = 'icp-lens-bench-rescore'): Promise<RescoreBenchDb> {
    const db = new IcpLensDb(dbName);
    await db.delete();
    await db.open();
    await putAll(db, accounts);
    return new RescoreBenchDb(db, accounts);
  }

  /** A plain chunked bulkPut of the N records in one transaction, in ms to the commit. */
  timeBulkPut(): Promise<number> {
    return putAll(this.db, this.accounts);
  }

  /** Installs the next ICP version as a sync does, in ms to the commit. */
  async timeUpdate(): Promise<number> {
    this.icp = nextVersion(this.icp);
    const start = performance.now();
    const result = await installIcp(this.db, this.icp, 'bench:');
    const ms = performance.now() - start;
    if (result.status !== 'installed' || result.rescored !== this.accounts)
      throw new Error(`bench: the update did not re-score ${this.accounts} accounts`);
    return ms;
  }

  async close(): Promise<void> {
    this.db.close();
    await this.db.delete();
  }
}

export interface RescoreBenchOptions {
  dbName?: string;
  /** Each round times one bulkPut pass and one update. */
  rounds?: number;
}

/** Rounds in one go, in whatever IndexedDB Dexie finds (the unit test: fake-indexeddb). */
export async function benchRescore(
  accounts = 100_000,
  { dbName, rounds = 5 }: RescoreBenchOptions = {},
): Promise<RescoreBench> {
  const bench = await RescoreBenchDb.open(accounts, dbName);
  try {
    const results: RescoreRound[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which side goes first, so neither always finds the
      // database just written (or a garbage collection just due).
      if (round % 2 === 0) {
        const bulkPutMs = await bench.timeBulkPut();
        results.push({ bulkPutMs, rescoreMs: await bench.timeUpdate() });
      } else {
        const rescoreMs = await bench.timeUpdate();
        results.push({ rescoreMs, bulkPutMs: await bench.timeBulkPut() });
      }
    }
    return summarizeRounds(accounts, results);
  } finally {
    await bench.close();
  }
}

/** Medians, and the ratio as the median of each round's own ratio (a round's two sides ran back to back). */
export function summarizeRounds(accounts: number, rounds: RescoreRound[]): RescoreBench {
  const ratios = rounds.map((r) => r.rescoreMs / r.bulkPutMs);
  const ratio = quantile(ratios, 0.5);
  return {
    accounts,
    rescoreMs: quantile(
      rounds.map((r) => r.rescoreMs),
      0.5,
    ),
    bulkPutMs: quantile(
      rounds.map((r) => r.bulkPutMs),
      0.5,
    ),
    ratio,
    noise: spread(ratios),
    rescoreNoise: spread(rounds.map((r) => r.rescoreMs)),
    bulkPutNoise: spread(rounds.map((r) => r.bulkPutMs)),
    rounds,
  };
}

/** Interquartile range over the median: the relative noise of repeated measures. */
export function spread(values: number[]): number {
  return (quantile(values, 0.75) - quantile(values, 0.25)) / quantile(values, 0.5);
}

/** Linear-interpolated quantile of a small sample. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * Writes the N accounts in chunks in one transaction and returns the time
 * from opening the transaction to its commit, less the little time spent
 * making the records. Records are made chunk by chunk, so 100,000 of them
 * never sit in memory next to the database.
 */
async function putAll(db: IcpLensDb, accounts: number): Promise<number> {
  let making = 0;
  const start = performance.now();
  await db.transaction('rw', db.accounts, async () => {
    for (let i = 0; i < accounts; i += RESCORE_CHUNK) {
      const made = performance.now();
      const chunk: AccountRecord[] = [];
      for (let j = i; j < Math.min(accounts, i + RESCORE_CHUNK); j++) chunk.push(makeAccount(j));
      making += performance.now() - made;
      await db.accounts.bulkPut(chunk);
    }
  });
  return performance.now() - start - making;
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

/** Every fact but the name and domain repeats with this period (the varied lists' common multiple). */
export const FACTS_PERIOD = 300;
const sampleScores = new Map<number, ScoreResult>();

/**
 * The i-th account, shaped like the ones the extension stores, with varied
 * facts and the sample ICP's score of them. The score depends only on facts
 * that repeat every FACTS_PERIOD accounts, so it is computed once per
 * pattern: making the baseline's records then costs little next to writing
 * them, and leaves no long untimed pauses inside its transaction.
 */
export function makeAccount(i: number): AccountRecord {
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
    score: sampleScore(i % FACTS_PERIOD, facts),
    createdAt: seenAt,
    updatedAt: seenAt,
  };
}

function sampleScore(pattern: number, facts: AccountRecord['facts']): ScoreResult {
  let result = sampleScores.get(pattern);
  if (!result) sampleScores.set(pattern, (result = score(facts, sampleIcp)));
  return result;
}
