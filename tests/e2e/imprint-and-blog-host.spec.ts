/// <reference types="chrome" />
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from './extension-test';
import {
  badgeText,
  openTab,
  SidePanelPage,
  storedAccount,
  storedAccountIds,
} from './pages/side-panel';

// Issue 14's done-means in real Chromium with the built extension: a German
// company site whose only identity is its imprint is qualified with HQ DE
// and its stack, and a page on a blog host stores nothing. Both are served
// at real-looking URLs (context.route) so that the owner rules see a domain.

/** Serves `pageUrl` of the test server for every page of `origin`; its scripts and styles are refused. */
async function serveAt(context: BrowserContext, origin: string, pageUrl: string): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.abort();
    const response = await route.fetch({ url: pageUrl });
    return route.fulfill({ response });
  });
}

/** The tab record the worker keeps for a page it read (its kind and account, if any). */
function storedTab(worker: Worker, url: string): Promise<Record<string, unknown> | undefined> {
  return worker.evaluate(
    (u) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('tabs').objectStore('tabs').getAll();
          request.onsuccess = () => {
            resolve((request.result as { url: string }[]).find((t) => t.url === u));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    url,
  );
}

test('a German company site known only by its imprint is qualified with HQ DE and its stack', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const origin = 'https://www.kessler-drucktechnik.de';
  await serveAt(context, origin, `${site.origin}/imprint-only/`);
  const { tabId } = await openTab(context, serviceWorker, `${origin}/impressum/`);

  await expect.poll(() => badgeText(serviceWorker, tabId)).not.toBe('');
  await expect
    .poll(async () =>
      (
        (await storedAccount(serviceWorker, 'kessler-drucktechnik.de'))?.facts.technologies ?? []
      ).map((t: { name: string }) => t.name),
    )
    .toEqual(expect.arrayContaining(['WordPress', 'jQuery']));
  const account = await storedAccount(serviceWorker, 'kessler-drucktechnik.de');
  expect(account.facts.company).toMatchObject({
    name: 'Kessler Drucktechnik',
    hq: { country: 'DE' },
  });

  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.accountName).toHaveText('Kessler Drucktechnik');
  await expect(panel.criterion('hq')).not.toHaveAttribute('data-status', 'unknown');
  await expect(panel.criterion('hq')).toContainText(/DE|Germany|Deutschland/);
  await expect(
    panel.page.locator('[data-testid="technology"][data-name="WordPress"]'),
  ).toBeVisible();
  await expect(panel.page.locator('[data-testid="technology"][data-name="jQuery"]')).toBeVisible();
  expect(await storedAccountIds(serviceWorker)).toEqual(['kessler-drucktechnik.de']);
});

test('a company’s page on a blog host is read and stores nothing', async ({
  context,
  serviceWorker,
  site,
}) => {
  // Northbeam's own page (JSON-LD Organization with its domain), as a user
  // of the blog host would copy it: the host serves it, it is not the company's site.
  const origin = 'https://northbeamanalytics.wordpress.com';
  const url = `${origin}/2024/05/hello/`;
  await serveAt(context, origin, `${site.origin}/northbeam/`);
  await openTab(context, serviceWorker, url);

  // The worker read the page (its tab record says so) and kept no account.
  await expect.poll(async () => (await storedTab(serviceWorker, url))?.kind).toBe('other');
  expect((await storedTab(serviceWorker, url))?.accountId).toBeNull();
  expect(await storedAccountIds(serviceWorker)).toEqual([]);
});
