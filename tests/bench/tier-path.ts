// `npm run bench` figure: the account list's "one answer from the next tier"
// sort over 100,000 stored accounts, against plain score() of the same
// accounts, as a ratio measured in one run (rounds interleaved, median).
// Run alone: `npx tsx tests/bench/tier-path.ts`.
import { fileURLToPath } from 'node:url';
import { sampleIcp } from '../../lib/core/icp/sample-icp';
import type { IcpConfig } from '../../lib/core/icp/schema';
import type { ScoringFacts } from '../../lib/core/scoring/facts';
import { score } from '../../lib/core/scoring/score';
import { oneAnswerFromNextTier, tierOutlook } from '../../lib/core/scoring/tier-path';

export interface TierPathBench {
  accounts: number;
  scoreMs: number;
  /** oneAnswerFromNextTier for every account: what the list's filter and sort run. */
  sortMs: number;
  ratio: number;
  /** The full outlook (every better tier's path, risks, moves) for every account. */
  outlookMs: number;
  outlookRatio: number;
  noise: number;
}

const INDUSTRIES = ['Software Development', 'Advertising Services', 'Banking', undefined];
const SIZES = [
  { min: 2, max: 10 },
  { min: 11, max: 50 },
  { min: 51, max: 200 },
  { min: 201, max: 500 },
  { min: 1001, max: 5000 },
  undefined,
];
const HQS = [{ country: 'GB', city: 'London' }, { country: 'US' }, { country: 'BR' }, undefined];

/** Varied accounts, as a store fills up: some fields seen, some answered. */
export function benchAccounts(n: number): ScoringFacts[] {
  return Array.from({ length: n }, (_, i) => {
    const industry = INDUSTRIES[i % INDUSTRIES.length];
    const employees = SIZES[Math.floor(i / 4) % SIZES.length];
    const hq = HQS[Math.floor(i / 24) % HQS.length];
    return {
      company: {
        name: `Account ${i}`,
        ...(industry && { industry }),
        ...(employees && { employees }),
        ...(hq && { hq }),
        ...(i % 3 === 0 && { description: 'B2B SaaS platform for sales teams' }),
      },
      technologies:
        i % 5 === 0 ? [{ name: 'HubSpot', categories: ['CRM'], evidence: 'script' }] : [],
      evidence: {},
      ...(i % 7 === 0 && { answers: { budget: { status: 'match' as const, at: 0 } } }),
    } as ScoringFacts;
  });
}

export function benchTierPath(
  accounts = 100_000,
  rounds = 5,
  icp: IcpConfig = sampleIcp,
): TierPathBench {
  const all = benchAccounts(accounts);
  const time = (fn: (f: ScoringFacts) => unknown) => {
    const start = performance.now();
    for (const f of all) fn(f);
    return performance.now() - start;
  };
  // Warm-up, then interleaved rounds so both sides see the same machine load.
  time((f) => score(f, icp));
  time((f) => oneAnswerFromNextTier(f, icp));
  const scores: number[] = [];
  const sorts: number[] = [];
  const outlooks: number[] = [];
  for (let r = 0; r < rounds; r++) {
    scores.push(time((f) => score(f, icp)));
    sorts.push(time((f) => oneAnswerFromNextTier(f, icp)));
    if (r < 2) outlooks.push(time((f) => tierOutlook(f, icp)));
  }
  const ratios = scores.map((s, i) => sorts[i]! / s).sort((a, b) => a - b);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ratio = median(ratios);
  const q1 = ratios[Math.floor(ratios.length / 4)]!;
  const q3 = ratios[Math.floor((3 * ratios.length) / 4)]!;
  return {
    accounts,
    scoreMs: median(scores),
    sortMs: median(sorts),
    ratio,
    outlookMs: median(outlooks),
    outlookRatio: median(outlooks) / median(scores),
    noise: (q3 - q1) / ratio,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const b = benchTierPath();
  console.log(`score-100k: ${b.scoreMs.toFixed(0)} ms; one-answer sort: ${b.sortMs.toFixed(0)} ms`);
  console.log(
    `tier-path-100k-vs-score: ${b.ratio.toFixed(2)} x (target <= 3 x), noise ±${Math.round(100 * b.noise)}%`,
  );
  console.log(`tier-outlook-100k-vs-score: ${b.outlookRatio.toFixed(2)} x (no target)`);
}
