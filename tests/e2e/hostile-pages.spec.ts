// Issue #8 in real Chromium: a page with 200,000 elements, one with 20 MiB of
// text, one with malicious JSON-LD, the 200,000 elements with a comment that
// names every selector of the fingerprint table, one that rewrites itself for
// ever and one that changes its URL for ever. Each loads twice, without the
// extension (the baseline) and with it, and the test checks that the account
// still lands, that the extension's own main-thread time stays inside the
// budget the README promises, and that the page's heartbeat does not notice
// us.
//
// Slow (each page is loaded twice and watched for seconds): it runs as the
// `stress` project, `npm run test:stress`, which .ci/run runs after npm test.

/// <reference types="chrome" />
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { profileExtension, type ExtensionCost } from './extension-cost';
import { expect, launchWithoutExtension, test } from './extension-test';
import {
  HOSTILE_SITES,
  hostilePage,
  PAGE_PROBE,
  STORM_PERIOD_MS,
  type HostilePage,
} from './hostile-pages';
import { storedAccount } from './pages/side-panel';

/**
 * What the design promises (README, "Bounded work in pages"; watch-page's
 * defaults), written out here so that loosening a cap in the code fails the
 * test instead of moving it.
 */
const PROMISE = {
  /** Reads per page load or in-app navigation. */
  maxReads: 12,
  /** Milliseconds of reading per page load or navigation. */
  readBudgetMs: 150,
  /** Mutations are watched this long after a load; no read starts after it. */
  windowMs: 8000,
} as const;

/**
 * The bounds checked. A task of ours may take at most the whole read budget,
 * and everything we run in a page (the reads and the one technology pass)
 * at most twice it. The page's longest heartbeat gap may grow by one such
 * task over the baseline's, plus the baseline's again: the page's own long
 * tasks (parsing and laying out megabytes) vary that much from run to run on
 * a busy two-core machine. (The profile is the precise measure; the
 * heartbeat is what the page itself feels.)
 */
const LIMITS = {
  longestTaskMs: PROMISE.readBudgetMs,
  totalMs: 2 * PROMISE.readBudgetMs,
  heartbeatSlackMs: PROMISE.readBudgetMs,
  heartbeatNoise: 1,
  /** From DOMContentLoaded to the account stored. */
  landsWithinMs: 3000,
} as const;

/** How long after DOMContentLoaded each page is watched. */
const WATCH_MS: Record<HostilePage, number> = {
  'huge-dom': 5000,
  'huge-text': 5000,
  'malicious-json-ld': 5000,
  'selector-bomb': 5000,
  // Past the watcher's window, to see it stop while the page carries on.
  'mutation-storm': PROMISE.windowMs + 4000,
  'url-storm': 10_000,
};

interface PageSide {
  /** Page clock (ms) of DOMContentLoaded, and its wall-clock time. */
  dcl: number;
  dclWall: number;
  /** The heartbeat's longest gap from DOMContentLoaded on. */
  maxGapMs: number;
  /** Long tasks (PerformanceObserver) ending after DOMContentLoaded, summed. */
  longTaskMs: number;
  ticks: number;
  /** What the page's own storm script counted, if it has one. */
  storm?: { revision?: number; rewrites?: number; steps?: number };
}

interface Message {
  type: string;
  url: string;
  at: number;
}

test.describe.configure({ timeout: 180_000 });

/** Records every message content scripts send the background, with its tab's URL and time. */
async function recordMessages(worker: Worker): Promise<{ take(): Promise<Message[]> }> {
  await worker.evaluate(() => {
    const store = globalThis as unknown as { __hostileMessages?: Message[] };
    if (store.__hostileMessages) return;
    store.__hostileMessages = [];
    const note = (
      message: { type?: string; data?: { url?: unknown } },
      sender?: chrome.runtime.MessageSender,
    ) => {
      if (!sender?.tab) return;
      // A port's sender is the tab as it was when the port opened: the page's
      // URL at each read is the message's own.
      const url = typeof message?.data?.url === 'string' ? message.data.url : sender.tab.url;
      store.__hostileMessages!.push({
        type: String(message?.type),
        url: url ?? '',
        at: Date.now(),
      });
    };
    chrome.runtime.onMessage.addListener((message, sender) => note(message, sender));
    // Content scripts talk over one port (lib/messaging/send.ts openChannel).
    chrome.runtime.onConnect.addListener((port) =>
      port.onMessage.addListener((message) => note(message, port.sender)),
    );
  });
  return {
    take: () =>
      worker.evaluate(() => {
        const store = globalThis as unknown as { __hostileMessages: Message[] };
        return store.__hostileMessages.splice(0);
      }),
  };
}

/** Opens `name`, after a document of the same site when profiled (the navigation then keeps its renderer). */
async function open(
  context: BrowserContext,
  origin: string,
  name: HostilePage,
  before: (page: Page) => Promise<void> = async () => {},
): Promise<Page> {
  const page = await context.newPage();
  await before(page);
  await page.addInitScript(PAGE_PROBE);
  await page.goto(`${origin}/hostile/${name}/`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return page;
}

/** Waits until `WATCH_MS[name]` after DOMContentLoaded, then reads what the page saw. */
async function watch(page: Page, name: HostilePage): Promise<PageSide> {
  const dcl = await page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventStart,
  );
  const left = dcl + WATCH_MS[name] - (await page.evaluate(() => performance.now()));
  if (left > 0) await page.waitForTimeout(left);
  return page.evaluate((dclAt) => {
    const probe = (
      window as unknown as {
        __hostileProbe: { ticks: number; gaps: number[][]; longTasks: number[][] };
      }
    ).__hostileProbe;
    const after = probe.gaps.filter(([end]) => end! >= dclAt);
    const storm = (window as unknown as { __storm?: PageSide['storm'] }).__storm;
    return {
      dcl: dclAt,
      dclWall: performance.timeOrigin + dclAt,
      maxGapMs: Math.max(0, ...after.map(([, gap]) => gap!)),
      longTaskMs: probe.longTasks
        .filter(([start, duration]) => start! + duration! >= dclAt)
        .reduce((sum, [, duration]) => sum + duration!, 0),
      ticks: probe.ticks,
      ...(storm && { storm: { ...storm } }),
    };
  }, dcl);
}

/** The same page without the extension, in a browser of its own. */
async function baseline(origin: string, name: HostilePage): Promise<PageSide> {
  const context = await launchWithoutExtension();
  try {
    return await watch(await open(context, origin, name), name);
  } finally {
    await context.close();
  }
}

interface Measured {
  base: PageSide;
  ext: PageSide;
  cost: ExtensionCost;
  /** Messages the page's content script sent the background. */
  messages: Message[];
  account: Record<string, any>;
}

/** Baseline first, then with the extension, profiled, watched past its technology pass. */
async function measure(
  context: BrowserContext,
  worker: Worker,
  origin: string,
  name: HostilePage,
): Promise<Measured> {
  // Built before either run, so neither pays for generating it.
  hostilePage(name);
  const base = await baseline(origin, name);

  const recorder = await recordMessages(worker);
  let profiler: { stop(): Promise<ExtensionCost> } | undefined;
  const page = await open(context, origin, name, async (blank) => {
    await blank.goto(`${origin}/blank`);
    const dir = process.env.HOSTILE_PROFILE_DIR;
    profiler = await profileExtension(context, blank, dir && `${dir}/${name}.cpuprofile`);
  });
  const { id } = HOSTILE_SITES[name];
  await expect
    .poll(async () => (await storedAccount(worker, id))?.id, {
      message: `the account ${id} is stored`,
      timeout: 30_000,
    })
    .toBe(id);
  // The technology pass is the last thing the content script does on a page.
  await expect
    .poll(
      async () =>
        ((await storedAccount(worker, id)).facts.technologies ?? []).map(
          (t: { name: string }) => t.name,
        ),
      { message: 'the technology pass found HubSpot', timeout: 30_000 },
    )
    .toContain('HubSpot');
  const ext = await watch(page, name);
  const cost = await profiler!.stop();
  const messages = (await recorder.take()).filter((m) => m.url.includes(`/hostile/${name}/`));
  const measured = { base, ext, cost, messages, account: await storedAccount(worker, id) };
  report(name, measured);
  return measured;
}

const count = (m: Measured, type: string) => m.messages.filter((x) => x.type === type).length;

/** One line per page with the figures, for the record and for tuning the limits. */
function report(name: HostilePage, m: Measured) {
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `${name}: extension ${ms(m.cost.totalMs)} in all, longest task ${ms(m.cost.longestMs)}, ` +
      `${count(m, 'pageMarkup')} reads sent, ${count(m, 'technologyLive')} technology passes; ` +
      `heartbeat max gap ${ms(m.ext.maxGapMs)} with, ${ms(m.base.maxGapMs)} without; ` +
      `long tasks after DOMContentLoaded ${ms(m.ext.longTaskMs)} with, ${ms(m.base.longTaskMs)} without; ` +
      `account stored ${ms(m.account.createdAt - m.ext.dclWall)} after DOMContentLoaded`,
  );
}

function expectLanded(m: Measured, name: HostilePage) {
  expect(m.account.id).toBe(HOSTILE_SITES[name].id);
  expect(m.account.facts.company.name).toBe(HOSTILE_SITES[name].name);
  expect(
    m.account.createdAt - m.ext.dclWall,
    'account stored after DOMContentLoaded (ms)',
  ).toBeLessThanOrEqual(LIMITS.landsWithinMs);
}

function expectWithinBudget(m: Measured) {
  expect(m.cost.longestMs, 'the extension’s longest task (ms)').toBeLessThanOrEqual(
    LIMITS.longestTaskMs,
  );
  expect(m.cost.totalMs, 'the extension’s main-thread time on the page (ms)').toBeLessThanOrEqual(
    LIMITS.totalMs,
  );
  expect(
    m.ext.maxGapMs,
    'the page’s longest heartbeat gap with the extension (ms)',
  ).toBeLessThanOrEqual(m.base.maxGapMs * (1 + LIMITS.heartbeatNoise) + LIMITS.heartbeatSlackMs);
  expect(count(m, 'pageMarkup')).toBeGreaterThanOrEqual(1);
  expect(count(m, 'technologyLive'), 'technology passes').toBe(1);
}

for (const name of ['huge-dom', 'huge-text', 'malicious-json-ld', 'selector-bomb'] as const) {
  test(`${name}: the account lands, the extension keeps to its budget, the page stays responsive`, async ({
    context,
    serviceWorker,
    site,
  }) => {
    const m = await measure(context, serviceWorker, site.origin, name);
    expectLanded(m, name);
    expect(count(m, 'pageMarkup')).toBeLessThanOrEqual(PROMISE.maxReads);
    expectWithinBudget(m);
    if (name === 'malicious-json-ld') {
      // The 10 MiB Organization in the first block never became the owner.
      expect(m.account.facts.company.description).toBe('A B2B SaaS platform for revenue teams.');
      expect(JSON.stringify(m.account).length).toBeLessThan(100_000);
    }
  });
}

test('mutation storm: re-reads stop at their cap and their window, the page carries on', async ({
  context,
  serviceWorker,
  site,
}) => {
  const m = await measure(context, serviceWorker, site.origin, 'mutation-storm');
  expectLanded(m, 'mutation-storm');
  const reads = m.messages.filter((x) => x.type === 'pageMarkup');
  // Every burst is followed by a quiet DOM and changes what is read, so only
  // a cap stops the re-reads: they do happen (the read budget may stop them
  // before the twelfth on a busy machine, where each read takes longer)...
  expect(reads.length).toBeGreaterThanOrEqual(3);
  // ...and no more than the cap (the window alone would allow ~18).
  expect(reads.length).toBeLessThanOrEqual(PROMISE.maxReads);
  const lastRead = Math.max(...reads.map((r) => r.at)) - m.ext.dclWall;
  expect(lastRead, 'last read after DOMContentLoaded (ms)').toBeLessThanOrEqual(
    PROMISE.windowMs + 1000,
  );
  // The page's own work went on to the end, as fast as without us.
  const bursts = WATCH_MS['mutation-storm'] / STORM_PERIOD_MS;
  expect(m.ext.storm?.revision).toBeGreaterThanOrEqual(0.8 * bursts);
  expect(m.ext.storm?.revision).toBeGreaterThanOrEqual(0.9 * (m.base.storm?.revision ?? 0));
  expectWithinBudget(m);
});

test('URL storm: one technology pass per document however often the URL changes', async ({
  context,
  serviceWorker,
  site,
}) => {
  const m = await measure(context, serviceWorker, site.origin, 'url-storm');
  expectLanded(m, 'url-storm');
  const reads = m.messages.filter((x) => x.type === 'pageMarkup');
  // The reads followed the page from URL to URL, at most one per URL here
  // (each navigation changes one heading, then the page is quiet).
  expect(new Set(reads.map((r) => r.url)).size).toBeGreaterThanOrEqual(10);
  expect(reads.length).toBeLessThanOrEqual((m.ext.storm?.steps ?? 0) + 1);
  expectWithinBudget(m);
});
