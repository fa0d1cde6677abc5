// The content script's cost in a real Chromium: reading a page (firmographics
// and the first technology pass) against one querySelectorAll('*') walk of
// the same page, median of several runs, page by page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../e2e/chromium-path';

export interface GatherBench {
  /** Worst page's ratio of our read to one DOM walk. */
  worstRatio: number;
  worstPage: string;
  pages: { file: string; ourMs: number; readMs: number; gatherMs: number; walkMs: number }[];
}

async function bundleReader(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { readPage } from './lib/extract/read-page';
        import { gatherPageSignals } from './lib/techno/gather';
        globalThis.__icpLensRead = (url) => readPage(document, url);
        globalThis.__icpLensGather = (url) => gatherPageSignals(document, url);`,
      resolveDir: path.resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

export async function benchGather(
  pages: { file: string; url: string }[],
  runs = 9,
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
    const results: GatherBench['pages'] = [];
    for (const page of pages) {
      const html = await readFile(path.join('tests/fixtures', page.file), 'utf8');
      const tab = await context.newPage();
      await tab.route(page.url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await tab.goto(page.url, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(reader);
      // A string, not a function: the bench runs under tsx, whose helpers
      // would leak into a serialized function.
      const timing = (await tab.evaluate(`(() => {
        const median = (fn) => {
          fn();
          const times = [];
          for (let i = 0; i < ${runs}; i++) {
            const start = performance.now();
            fn();
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          return times[Math.floor(times.length / 2)];
        };
        return {
          readMs: median(() => globalThis.__icpLensRead(${JSON.stringify(page.url)})),
          gatherMs: median(() => globalThis.__icpLensGather(${JSON.stringify(page.url)})),
          // One walk: every element of querySelectorAll('*') visited once.
          walkMs: median(() => {
            let n = 0;
            for (const el of document.querySelectorAll('*')) n += el.nodeType;
            globalThis.__icpLensSink = n;
          }),
        };
      })()`)) as { readMs: number; gatherMs: number; walkMs: number };
      results.push({ file: page.file, ourMs: timing.readMs + timing.gatherMs, ...timing });
      await tab.close();
    }
    // Pages too small for the timer to see a walk say nothing about the ratio.
    const measurable = results.filter((r) => r.walkMs > 0);
    const worst = measurable.reduce((a, b) => (b.ourMs / b.walkMs > a.ourMs / a.walkMs ? b : a));
    return { worstRatio: worst.ourMs / worst.walkMs, worstPage: worst.file, pages: results };
  } finally {
    await browser.close();
  }
}
