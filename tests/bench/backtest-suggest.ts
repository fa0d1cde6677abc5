// Back-test with suggestion at 100,000 rows, against the plain back-test of
// the same rows, and whether the AUC's 95% interval covers the true AUC.
// Runs inside `npm run bench`, or alone:
// `npx tsx tests/bench/backtest-suggest.ts` (prints its lines, exits 1 on a miss).

import { backtest } from '../../lib/core/backtest/backtest';
import { parseDeals } from '../../lib/core/backtest/parse-deals';
import { suggestWeights } from '../../lib/core/backtest/suggest';
import { sampleIcp } from '../../lib/core/icp/sample-icp';
import { generateDeals } from '../backtest/generate-deals';

export interface BacktestSuggestBench {
  /** Parse + back-test, ms (median of runs). */
  backtestMs: number;
  /** Parse + back-test + suggested weights with their 5-fold back-test, ms (median). */
  withSuggestionMs: number;
  ratio: number;
  /** Relative spread of the ratio's runs. */
  noise: number;
}

async function once(csv: string, suggest: boolean): Promise<number> {
  const start = performance.now();
  const parsed = await parseDeals(csv);
  backtest(parsed.deals, sampleIcp, parsed.errors, { reading: parsed.summary });
  if (suggest && !suggestWeights(parsed.deals, sampleIcp)) throw new Error('no suggestion');
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchBacktestSuggest(runs = 3): Promise<BacktestSuggestBench> {
  const csv = generateDeals(100_000, 1);
  await once(csv, false); // warm-up: JIT and the country and industry tables
  const plain: number[] = [];
  const full: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    plain.push(await once(csv, false));
    full.push(await once(csv, true));
    ratios.push(full.at(-1)! / plain.at(-1)!);
  }
  const ratio = median(ratios);
  return {
    backtestMs: median(plain),
    withSuggestionMs: median(full),
    ratio,
    noise: (Math.max(...ratios) - Math.min(...ratios)) / ratio,
  };
}

/**
 * Of `seeds` samples of `rows` deals each, how many had the true AUC inside
 * the reported 95% DeLong interval. The truth is the AUC on 200,000 deals
 * from the same generator (its own interval is about ±0.002).
 */
export async function benchAucCoverage(seeds = 100, rows = 1000) {
  const truthDeals = await parseDeals(generateDeals(200_000, 999_999));
  const truth = backtest(truthDeals.deals, sampleIcp).auc!;
  let covered = 0;
  for (let seed = 1; seed <= seeds; seed += 1) {
    const parsed = await parseDeals(generateDeals(rows, seed));
    const { aucInterval } = backtest(parsed.deals, sampleIcp);
    if (aucInterval && aucInterval.low <= truth && truth <= aucInterval.high) covered += 1;
  }
  return { truth, covered, seeds };
}

if (process.argv[1]?.endsWith('backtest-suggest.ts')) {
  const bench = await benchBacktestSuggest();
  console.log(
    `backtest-100k-rows plain: ${Math.round(bench.backtestMs)} ms; with suggestion: ${Math.round(bench.withSuggestionMs)} ms`,
  );
  console.log(
    `backtest-import-suggest-vs-backtest-100k: ${bench.ratio.toFixed(2)} x (target <= 2 x), noise ±${Math.round(100 * bench.noise)}%`,
  );
  const coverage = await benchAucCoverage();
  console.log(
    `backtest-auc-interval-coverage: ${coverage.covered} of ${coverage.seeds} seeds (true AUC ${coverage.truth.toFixed(3)}; target >= 90)`,
  );
  if (bench.ratio > 2 * (1 + bench.noise) || coverage.covered < 90) process.exitCode = 1;
}
