// ICP Lens against the Wappalyzer browser extension (6.10.66, the version
// users install), on the same pages in ONE Chromium profile with both loaded.
// Both extensions see the very same page load (same renderer, same network
// answers, same machine load at the same moment), and the V8 CPU profiler
// separates them by script origin (chrome-extension://<id>/), so neither is
// timed in a quieter moment than the other. Running them apart would time
// each alone, but then a page would be loaded twice and the two loads would
// meet different machine noise on a shared 2-core box; together they pay the
// same contention, which is fair to both. Pages are served at their real URLs
// from the fixtures; every other request is refused, so nothing goes online.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolveChromium } from '../e2e/chromium-path';
import { extensionCost, type ExtensionCost, type Profile } from '../e2e/extension-cost';
import { grantedBuild } from '../e2e/extension-test';

export interface PeerPage {
  file: string;
  url: string;
  /** The file, relative to the repository. */
  path: string;
}

export interface Side {
  totalMs: number;
  longestMs: number;
  detections: string[];
}

export interface PeerPageResult {
  file: string;
  ours: Side;
  theirs: Side;
  /** Relative spread of the rounds' timings on this page (worst of the four figures). */
  noise: number;
}

export interface PeerBench {
  pages: PeerPageResult[];
}

/** Path a page's renderer first shows so that the real page loads in the same process. */
const BLANK = '/__bench-blank__';

/** The fixtures and the corpus's company sites, with the URLs they were saved from. */
export async function peerPages(): Promise<PeerPage[]> {
  const fixtures = JSON.parse(await readFile('tests/fixtures/fixtures.json', 'utf8')) as {
    pages: { file: string; url: string }[];
  };
  const corpus = JSON.parse(await readFile('tests/fixtures/corpus/corpus.json', 'utf8')) as {
    pages: { file: string; url: string; kind: string }[];
  };
  return [
    ...fixtures.pages.map((p) => ({ ...p, path: path.join('tests/fixtures', p.file) })),
    ...corpus.pages
      .filter((p) => p.kind === 'website')
      .map((p) => ({ file: p.file, url: p.url, path: path.join('tests/fixtures/corpus', p.file) })),
  ];
}

const pageUrl = (url: string) => new URL(url).href.split('#')[0]!;

async function workers(context: BrowserContext): Promise<{ ours: Worker; theirs: Worker }> {
  for (let i = 0; i < 200; i++) {
    const all = context.serviceWorkers();
    const theirs = all.find((w) => w.url().endsWith('/js/background.js'));
    const ours = all.find((w) => w.url().endsWith('/background.js') && w !== theirs);
    if (ours && theirs) return { ours, theirs };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('bench: both extensions did not start (is .output/chrome-mv3 built?)');
}

// Worker code is passed as strings: tsx's helpers would leak into a
// serialized function.
const OURS_READY = `(async () => {
  for (let i = 0; i < 100; i++) {
    if ((await chrome.scripting.getRegisteredContentScripts()).length > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no content script registered');
})()`;

// Wappalyzer's content script ends each page with `analyzeJs`, its delayed
// second pass ~6 s after idle; noting the URL (in its worker, off the page's
// main thread) tells when it is done without changing what the page runs.
const THEIRS_READY = `(async () => {
  for (let i = 0; i < 200 && !(typeof Driver !== 'undefined' && Driver.cache); i++)
    await new Promise((r) => setTimeout(r, 50));
  if (!self.__benchDone) {
    self.__benchDone = new Set();
    const analyzeJs = Driver.analyzeJs;
    Driver.analyzeJs = function (url, ...rest) {
      const result = analyzeJs.call(this, url, ...rest);
      Promise.resolve(result).finally(() => self.__benchDone.add(url.split('#')[0]));
      return result;
    };
  }
})()`;

const theirsDone = (url: string) => `self.__benchDone.has(${JSON.stringify(url)})`;
const theirsDetections = (url: string) =>
  `Wappalyzer.resolve(Driver.cache.urls[${JSON.stringify(url)}]?.detections || []).map((t) => t.name)`;
const oursDetections = (url: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('icp-lens');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const request = open.result.transaction('accounts').objectStore('accounts').getAll();
    request.onsuccess = () => {
      open.result.close();
      const account = request.result.find((a) =>
        (a.sources || []).some((s) => s.url.split('#')[0] === ${JSON.stringify(url)}));
      resolve((account?.facts.technologies || []).map((t) => t.name));
    };
    request.onerror = () => reject(request.error);
  };
})`;

async function poll(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end;) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One page, profiled from navigation until Wappalyzer's second pass has reported. */
async function measurePage(
  context: BrowserContext,
  sides: { ours: Worker; theirs: Worker },
  origins: { ours: string; theirs: string },
  page: PeerPage,
): Promise<{ ours: Side; theirs: Side }> {
  const tab: Page = await context.newPage();
  try {
    await tab.goto(new URL(BLANK, page.url).href);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await tab.goto(page.url, { waitUntil: 'load' });
    const url = pageUrl(tab.url());
    // Ours finishes its passes within a couple of seconds of load; Wappalyzer
    // waits 1 s after idle, then 5 s more for its second pass: waiting for
    // that one waits for both. A second more lets its last message land.
    await poll(async () => Boolean(await sides.theirs.evaluate(theirsDone(url))), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    await cdp.detach();
    const dir = process.env.PEER_PROFILE_DIR;
    if (dir) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `${page.file}.cpuprofile`), JSON.stringify(profile));
    }
    const side = (cost: ExtensionCost, detections: string[]): Side => ({
      totalMs: cost.totalMs,
      longestMs: cost.longestMs,
      detections,
    });
    return {
      ours: side(
        extensionCost(profile, origins.ours),
        (await sides.ours.evaluate(oursDetections(url))) as string[],
      ),
      theirs: side(
        extensionCost(profile, origins.theirs),
        (await sides.theirs.evaluate(theirsDetections(url))) as string[],
      ),
    };
  } finally {
    await tab.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const spread = (values: number[]) => {
  const m = median(values);
  return m > 0 ? (Math.max(...values) - Math.min(...values)) / m : 0;
};

/**
 * Every page `rounds` times in one browser with both extensions; per page the
 * median of the rounds. `peerDir` is Wappalyzer's unpacked `src/` folder.
 */
export async function benchVsWappalyzer(
  peerDir: string,
  pages: PeerPage[],
  rounds = 2,
  onPage?: (result: PeerPageResult) => void,
): Promise<PeerBench> {
  const bodies = new Map<string, Buffer>();
  for (const page of pages) bodies.set(pageUrl(page.url), await readFile(page.path));
  // Ours as a rep has it after granting the default mode's hosts (see grantedBuild).
  const extensions = `${await grantedBuild()},${path.resolve(peerDir)}`;
  const context = await chromium.launchPersistentContext('', {
    executablePath: resolveChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    await context.route('**/*', (route) => {
      const request = route.request();
      if (request.resourceType() !== 'document') return route.abort();
      const url = new URL(request.url());
      if (url.pathname === BLANK)
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title></title>' });
      const body = bodies.get(pageUrl(url.href));
      return body
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
        : route.abort();
    });
    const sides = await workers(context);
    await sides.ours.evaluate(OURS_READY);
    await sides.theirs.evaluate(THEIRS_READY);
    const origins = {
      ours: `chrome-extension://${new URL(sides.ours.url()).host}/`,
      theirs: `chrome-extension://${new URL(sides.theirs.url()).host}/`,
    };
    const runs = new Map<string, { ours: Side; theirs: Side }[]>();
    for (let round = 0; round < rounds; round++)
      for (const page of pages) {
        const list = runs.get(page.file) ?? [];
        list.push(await measurePage(context, sides, origins, page));
        runs.set(page.file, list);
      }
    const results: PeerPageResult[] = [];
    for (const page of pages) {
      const list = runs.get(page.file)!;
      const figure = (pick: (r: { ours: Side; theirs: Side }) => number) => median(list.map(pick));
      const last = list.at(-1)!;
      const result: PeerPageResult = {
        file: page.file,
        ours: {
          totalMs: figure((r) => r.ours.totalMs),
          longestMs: figure((r) => r.ours.longestMs),
          detections: last.ours.detections,
        },
        theirs: {
          totalMs: figure((r) => r.theirs.totalMs),
          longestMs: figure((r) => r.theirs.longestMs),
          detections: last.theirs.detections,
        },
        noise: Math.max(
          spread(list.map((r) => r.ours.totalMs)),
          spread(list.map((r) => r.ours.longestMs)),
          spread(list.map((r) => r.theirs.totalMs)),
          spread(list.map((r) => r.theirs.longestMs)),
        ),
      };
      onPage?.(result);
      results.push(result);
    }
    return { pages: results };
  } finally {
    await context.close();
  }
}

export interface PeerSummary {
  mainThread: { ratio: number; file: string };
  longestTask: { ratio: number; file: string };
  ours: number;
  theirs: number;
  /** Wappalyzer's detections, page by page, that ICP Lens does not report on that page. */
  theirsWeLack: number;
  /** Median of the pages' spreads. */
  noise: number;
}

const key = (name: string) => name.toLowerCase();

export function summarise(bench: PeerBench): PeerSummary {
  const worst = (pick: (s: Side) => number) => {
    let found = { ratio: 0, file: '' };
    for (const p of bench.pages) {
      const theirs = pick(p.theirs);
      const ratio = theirs > 0 ? pick(p.ours) / theirs : 0;
      if (ratio >= found.ratio) found = { ratio, file: p.file };
    }
    return found;
  };
  let ours = 0;
  let theirs = 0;
  let lack = 0;
  for (const p of bench.pages) {
    const have = new Set(p.ours.detections.map(key));
    ours += have.size;
    theirs += p.theirs.detections.length;
    lack += p.theirs.detections.filter((name) => !have.has(key(name))).length;
  }
  return {
    mainThread: worst((s) => s.totalMs),
    longestTask: worst((s) => s.longestMs),
    ours,
    theirs,
    theirsWeLack: lack,
    noise: median(bench.pages.map((p) => p.noise)),
  };
}

/** What Wappalyzer saw on a page that we did not, for the per-page line. */
export function lacking(p: PeerPageResult): string[] {
  const have = new Set(p.ours.detections.map(key));
  return p.theirs.detections.filter((name) => !have.has(key(name)));
}
