import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, launchWithoutExtension, test } from './extension-test';
import { storedAccountIds } from './pages/side-panel';

// LinkedIn scans pages for extensions: what a page script can see must be the
// same with ICP Lens loaded as without it.
const URL_UNDER_TEST = 'https://www.linkedin.com/company/audiense/about/';
const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

interface Seen {
  html: string;
  windowNames: string[];
  resources: string[];
}

async function whatThePageSees(page: Page): Promise<Seen> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    windowNames: Object.getOwnPropertyNames(window).sort(),
    // Which resources were loaded, not in which order they finished.
    resources: [...new Set(performance.getEntriesByType('resource').map((e) => e.name))].sort(),
  }));
}

async function visit(context: BrowserContext): Promise<{ page: Page; seen: Seen }> {
  const page = await context.newPage();
  await page.goto(URL_UNDER_TEST);
  return { page, seen: await whatThePageSees(page) };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

test('a LinkedIn page sees the same DOM and window, and no extension resource, with ICP Lens loaded as without it', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const { page } = await visit(context);
  // The extension has done its work on this page (probe and content script ran).
  await expect.poll(async () => (await storedAccountIds(serviceWorker)).length).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  const withExtension = await whatThePageSees(page);

  const baselineContext = await launchWithoutExtension();
  try {
    const { seen: without } = await visit(baselineContext);
    expect(withExtension.html).toBe(without.html);
    expect(withExtension.windowNames).toEqual(without.windowNames);
    expect(withExtension.windowNames).not.toContain('probe');
    // Which lazy images have loaded depends on timing; what matters is that
    // the extension adds no resource of its own scheme.
    expect(without.resources.every((r) => /^https?:/.test(r))).toBe(true);
    expect(withExtension.resources.filter((r) => !/^https?:/.test(r))).toEqual([]);
  } finally {
    await baselineContext.close();
  }

  expect(withExtension.html).not.toContain('chrome-extension://');
  expect(withExtension.resources.join('\n')).not.toContain('chrome-extension://');

  // No file of the extension can be fetched by the page, whatever its name.
  const files = await filesUnder(EXTENSION_DIR);
  expect(files).toContain('content-scripts/probe.js');
  const fetched = await page.evaluate(
    async ({ base, paths }) => {
      const ok: string[] = [];
      for (const p of paths) {
        try {
          await fetch(base + p);
          ok.push(p);
        } catch {
          // refused: not web-accessible
        }
      }
      return ok;
    },
    { base: `chrome-extension://${extensionId}/`, paths: files },
  );
  expect(fetched).toEqual([]);
});
