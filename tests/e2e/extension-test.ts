import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { resolveChromium } from './chromium-path';
import { startSiteServer, type SiteServer } from './site-server';
import { DEFAULT_NEVER_READ } from '../../lib/core/privacy/reading-policy';

/**
 * The test sites are company sites served from 127.0.0.1, a host the default
 * never-read list keeps out (it is the rep's own machine): the fixture profile
 * is a rep who took loopback hosts off that list, the rest left as shipped.
 */
export const TEST_NEVER_READ = DEFAULT_NEVER_READ.filter((p) => p !== '127.*');

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const FIXTURES_DIR = path.resolve('tests/fixtures');

/** LinkedIn pages served at their real URLs, by path prefix (files relative to the repo). */
export const LINKEDIN_PAGES: Record<string, string> = {
  '/company/audiense': 'tests/fixtures/linkedin-company-audiense.html',
  '/company/motionapp': 'tests/fixtures/linkedin-company-motion-signed-in.html',
  '/company/example-co': 'tests/fixtures/linkedin-company-signed-in-about.html',
  '/company/brightwave-analytics': 'tests/fixtures/linkedin/voyager-shell-normalized.html',
  '/in/robertkcheung': 'tests/fixtures/linkedin-person-signed-in.html',
  '/in/jane-park': 'tests/e2e/sites/linkedin-person-vp-sales.html',
};

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  site: SiteServer;
}

let grantedDir: Promise<string> | undefined;

/**
 * The build as a rep has it once they accepted the browser's prompt for the
 * default mode: the same files, the reading hosts granted. Playwright cannot
 * answer that prompt (microsoft/playwright#32755) and Chromium has no switch
 * to, so the copy lists them as granted at install. Only the tests of the
 * prompt itself (host-access.spec.ts) load the build as shipped.
 */
export function grantedBuild(): Promise<string> {
  grantedDir ??= (async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'icp-lens-granted-')), 'ext');
    await cp(EXTENSION_DIR, dir, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    manifest.host_permissions = ['http://*/*', 'https://*/*'];
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    return dir;
  })();
  return grantedDir;
}

/**
 * A fresh Chromium profile with the extension loaded (its reading hosts
 * granted, see grantedBuild), LinkedIn fixtures at their real URLs and every
 * other outside request refused. Tests that need a second person (a manager
 * and a rep) call it again.
 */
export async function launchWithExtension(): Promise<BrowserContext> {
  const dir = await grantedBuild();
  return launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]);
}

/** The build exactly as shipped: no host granted, as on a fresh install. */
export function launchAsShipped(): Promise<BrowserContext> {
  return launch([
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ]);
}

/** The same browser, profile and network rules without the extension: a baseline. */
export function launchWithoutExtension(): Promise<BrowserContext> {
  return launch([]);
}

export { EXTENSION_DIR };

async function launch(extensionArgs: string[]): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: resolveChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // No test may reach a live site: everything not served here is refused.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  await context.route('https://www.linkedin.com/**', async (route) => {
    const { pathname } = new URL(route.request().url());
    const prefix = Object.keys(LINKEDIN_PAGES).find((p) => pathname.startsWith(p));
    const type = route.request().resourceType();
    // Only the page itself (and a page fetched to mimic in-app navigation);
    // LinkedIn's scripts, styles and images are not part of the fixture.
    if (!prefix || (type !== 'document' && type !== 'fetch')) return route.abort();
    const body = await readFile(path.resolve(LINKEDIN_PAGES[prefix]!));
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return context;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    if (!worker)
      throw new Error(`The extension's service worker did not start from ${EXTENSION_DIR}`);
    await useTestReading(worker);
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    const server = await startSiteServer(path.resolve('tests/e2e/sites'));
    await use(server);
    await server.close();
  },
});

/**
 * Sets the fixture's never-read list and waits until the content scripts for
 * the mode are registered, so the first page a test opens is read.
 */
export async function useTestReading(
  worker: Worker,
  settings: { mode?: string; neverRead?: string[] } = {},
): Promise<void> {
  await worker.evaluate(
    async ({ neverRead, settings }) => {
      await chrome.storage.local.set({ readingSettings: { neverRead, ...settings } });
    },
    { neverRead: TEST_NEVER_READ, settings },
  );
  await worker.evaluate(
    async (expected) => {
      for (let i = 0; i < 100; i++) {
        const scripts = await chrome.scripting.getRegisteredContentScripts();
        if (scripts.length === expected) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`expected ${expected} registered content scripts`);
    },
    settings.mode === 'click' ? 0 : 2,
  );
}

export { expect } from '@playwright/test';
