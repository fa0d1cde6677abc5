// The content script's cost in a real Chromium, page by page, against one
// querySelectorAll('*') walk of the same page: a read (serializing the page
// for the worker, which reads a parsed copy off the page), and the live
// page's share of the technology pass (cookie names, stylesheet rules).
// Each figure is the median of several batches of back-to-back calls, so
// sub-millisecond work is timed well above the timer's resolution.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../e2e/chromium-path';
import { bundleForPage } from './bundle-for-page';

export interface GatherPage {
  file: string;
  /** Page saved from a real site (hand-made test pages are too small to time a walk on). */
  real: boolean;
  /** One read: the page's markup as the content script serializes it. */
  readMs: number;
  /** The technology pass's share of the live page. */
  technologyMs: number;
  walkMs: number;
  /** Relative spread (interquartile range over median) of this page's batches, worst timing. */
  noise: number;
}

export interface GatherBench {
  pages: GatherPage[];
}

function bundleReader(): Promise<string> {
  return bundleForPage(`import { pageMarkup } from './lib/page/page-markup';
    import { liveSignals } from './lib/page/techno/live-signals';
    globalThis.__icpLens = { pageMarkup, liveSignals };`);
}

// A string, not a function: the bench runs under tsx, whose helpers would
// leak into a serialized function. Times `fn` in batches of at least 20 ms.
const TIMER = `(fn, batches) => {
  fn();
  let calls = 1;
  for (let start = performance.now(); performance.now() - start < 20; calls++) fn();
  const times = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn();
    times.push((performance.now() - start) / calls);
  }
  times.sort((a, b) => a - b);
  return times;
}`;

export async function benchGather(
  pages: { file: string; url: string; from?: string }[],
  batches = 7,
): Promise<GatherBench> {
  const reader = await bundleReader();
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // Fixture pages carry their sites' CSPs (Trusted Types on LinkedIn).
    const context = await browser.newContext({ bypassCSP: true });
    // Pages are served at their own URLs; nothing else loads.
    await context.route('**/*', (route) => route.abort());
    const results: GatherPage[] = [];
    for (const page of pages) {
      const html = await readFile(path.join('tests/fixtures', page.file), 'utf8');
      const tab = await context.newPage();
      await tab.route(page.url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await tab.goto(page.url, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(reader);
      const timing = (await tab.evaluate(`(() => {
        const time = ${TIMER};
        const lens = globalThis.__icpLens;
        return {
          read: time(() => lens.pageMarkup(document), ${batches}),
          technology: time(() => lens.liveSignals(document), ${batches}),
          // One walk: every element of querySelectorAll('*') visited once.
          walk: time(() => {
            let n = 0;
            for (const el of document.querySelectorAll('*')) n += el.nodeType;
            globalThis.__icpLensSink = n;
          }, ${batches}),
        };
      })()`)) as Record<'read' | 'technology' | 'walk', number[]>;
      const median = (times: number[]) => times[Math.floor(times.length / 2)]!;
      const spread = (times: number[]) =>
        (times[Math.floor((3 * times.length) / 4)]! - times[Math.floor(times.length / 4)]!) /
        median(times);
      results.push({
        file: page.file,
        real: !(page.from ?? '').startsWith('hand-made'),
        readMs: median(timing.read),
        technologyMs: median(timing.technology),
        walkMs: median(timing.walk),
        noise: Math.max(...Object.values(timing).map(spread)),
      });
      await tab.close();
    }
    return { pages: results };
  } finally {
    await browser.close();
  }
}

/** The page with the highest `part / walk` ratio among `pages`, with its noise. */
export function worstRatio(
  pages: GatherPage[],
  part: (p: GatherPage) => number,
): { file: string; ratio: number; noise: number } {
  return pages
    .map((p) => ({ file: p.file, ratio: part(p) / p.walkMs, noise: p.noise }))
    .reduce((a, b) => (b.ratio > a.ratio ? b : a));
}
