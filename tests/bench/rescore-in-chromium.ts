// Re-scoring every stored account after an ICP update (issue #6), timed in a
// real Chromium, the engine the extension runs on, with IndexedDB on disk in
// a persistent profile as in a rep's browser: the extension's own
// installIcp (history entry plus re-score, one transaction) against a
// plain chunked Dexie bulkPut of the same records in one transaction.
// tests/bench/rescore.ts is bundled into a page served at 127.0.0.1 and
// driven from here one operation at a time, so each one's CPU time can be
// read from /proc as well (Linux): the wall time says how long a rep waits,
// the CPU time how much work it was, which a busy machine disturbs less.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { quantile, spread, summarizeRounds, type RescoreBench, type RescoreRound } from './rescore';
import { resolveChromium } from '../e2e/chromium-path';
import { bundleForPage } from './bundle-for-page';

export interface RescoreRoundInChromium extends RescoreRound {
  /** CPU time of every Chromium process (renderer and IndexedDB backend) during each side. */
  rescoreCpuMs?: number;
  bulkPutCpuMs?: number;
}

export interface RescoreBenchInChromium extends RescoreBench {
  rounds: RescoreRoundInChromium[];
  /** Median of the rounds' CPU-time ratios, when /proc is there to read. */
  cpuRatio?: number;
  cpuNoise?: number;
}

function bundleBench(): Promise<string> {
  return bundleForPage(`import { RescoreBenchDb } from './tests/bench/rescore';
    globalThis.__icpLensRescoreBench = RescoreBenchDb;`);
}

/** CPU milliseconds used so far by the processes started with this profile, or undefined off Linux. */
function chromiumCpuMs(profile: string): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  // USER_HZ: 100 on every Linux the bench runs on.
  let ticks = 0;
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return ticks * 10;
}

export async function benchRescoreInChromium(
  accounts = 100_000,
  rounds = 5,
  onRound?: (round: RescoreRoundInChromium, index: number) => void,
): Promise<RescoreBenchInChromium> {
  const bench = await bundleBench();
  const profile = await mkdtemp(path.join(tmpdir(), 'icp-lens-bench-rescore-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: resolveChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const url = 'http://127.0.0.1/rescore-bench';
    await context.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
        : route.abort(),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.evaluate(bench);
    // Strings, not functions: the bench runs under tsx, whose helpers would
    // leak into a serialized function.
    await page.evaluate(
      `globalThis.__icpLensRescoreBench.open(${accounts}).then((b) => { globalThis.__bench = b; })`,
    );
    const timed = async (call: string) => {
      const cpuBefore = chromiumCpuMs(profile);
      const ms = (await page.evaluate(`globalThis.__bench.${call}()`)) as number;
      const cpuAfter = chromiumCpuMs(profile);
      return {
        ms,
        cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
      };
    };
    const results: RescoreRoundInChromium[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which side goes first, so neither always finds the
      // database just written (or a garbage collection just due).
      const first = await timed(round % 2 === 0 ? 'timeBulkPut' : 'timeUpdate');
      const second = await timed(round % 2 === 0 ? 'timeUpdate' : 'timeBulkPut');
      const [bulkPut, rescore] = round % 2 === 0 ? [first, second] : [second, first];
      const result: RescoreRoundInChromium = {
        rescoreMs: rescore.ms,
        bulkPutMs: bulkPut.ms,
        ...(rescore.cpuMs !== undefined && { rescoreCpuMs: rescore.cpuMs }),
        ...(bulkPut.cpuMs !== undefined && { bulkPutCpuMs: bulkPut.cpuMs }),
      };
      results.push(result);
      onRound?.(result, round);
    }
    await page.evaluate('globalThis.__bench.close()');
    const cpuRatios = results.flatMap((r) =>
      r.rescoreCpuMs && r.bulkPutCpuMs ? [r.rescoreCpuMs / r.bulkPutCpuMs] : [],
    );
    return {
      ...summarizeRounds(accounts, results),
      rounds: results,
      ...(cpuRatios.length === rounds && {
        cpuRatio: quantile(cpuRatios, 0.5),
        cpuNoise: spread(cpuRatios),
      }),
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

// `npx tsx tests/bench/rescore-in-chromium.ts [accounts] [rounds]` prints each round as it ends.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [accounts = 100_000, rounds = 5] = process.argv.slice(2).map(Number);
  const result = await benchRescoreInChromium(accounts, rounds, (r, i) =>
    console.log(
      `round ${i + 1}: rescore ${r.rescoreMs.toFixed(0)} ms (cpu ${r.rescoreCpuMs}), ` +
        `bulkPut ${r.bulkPutMs.toFixed(0)} ms (cpu ${r.bulkPutCpuMs}), ` +
        `ratio ${(r.rescoreMs / r.bulkPutMs).toFixed(2)} (cpu ${((r.rescoreCpuMs ?? NaN) / (r.bulkPutCpuMs ?? NaN)).toFixed(2)})`,
    ),
  );
  const { rounds: _, ...summary } = result;
  console.log(summary);
}
