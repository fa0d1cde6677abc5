/// <reference types="chrome" />
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './extension-test';
import {
  badgeText,
  openTab,
  SidePanelPage,
  storedAccount,
  storedAccountIds,
} from './pages/side-panel';

// A write the browser refuses or holds back must be visible, not lost:
// the red badge on the tab and the reason at the top of the panel, and the
// page stored once the database is usable again.

/**
 * Blocks the extension's database the way a window left open on an older
 * version does: one connection that ignores "versionchange" and, behind it,
 * an upgrade request that cannot proceed. IndexedDB queues every later open
 * behind that upgrade, so the background's next write waits instead of
 * failing.
 */
async function blockDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const holder = indexedDB.open('icp-lens');
        holder.onerror = () => reject(holder.error);
        holder.onsuccess = () => {
          const connection = holder.result;
          // An old window that does not let go.
          connection.onversionchange = null;
          (globalThis as { heldOpen?: IDBDatabase }).heldOpen = connection;
          const upgrade = indexedDB.open('icp-lens', connection.version + 1);
          upgrade.onblocked = () => resolve();
          upgrade.onerror = () => reject(upgrade.error);
          // Once unblocked the upgrade changes nothing and lets go at once.
          upgrade.onsuccess = () => upgrade.result.close();
        };
      }),
  );
}

async function unblockDatabase(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as { heldOpen?: IDBDatabase }).heldOpen?.close());
}

/**
 * Audiense stored and shown in the panel with no storage error: the state
 * each test then spoils. Returns the stored record to compare against later.
 */
async function audienseStored(context: BrowserContext, serviceWorker: Worker, extensionId: string) {
  const audiense = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/audiense/about/',
  );
  await expect.poll(() => badgeText(serviceWorker, audiense.tabId)).not.toBe('');
  const before = await storedAccount(serviceWorker, 'audiense.com');
  const panel = await SidePanelPage.open(context, extensionId, audiense.tabId);
  await expect(panel.accountName).toHaveText('Audiense');
  const banner = panel.page.getByTestId('storage-error');
  await expect(banner).toBeHidden();
  return { before, panel, banner };
}

test('a blocked database shows a red badge and the reason, and loses nothing', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const { before, panel, banner } = await audienseStored(context, serviceWorker, extensionId);

  const blocker = await context.newPage();
  await blocker.goto(`chrome-extension://${extensionId}/options.html`);
  await blockDatabase(blocker);

  // A page read while the database is blocked.
  const motion = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/motionapp/',
  );
  await expect.poll(() => badgeText(serviceWorker, motion.tabId)).toBe('!');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('waiting for its database');

  // The old window closes: the waiting write lands, the reason goes away and
  // nothing stored before is lost.
  await unblockDatabase(blocker);
  await expect.poll(() => badgeText(serviceWorker, motion.tabId)).toBe('A');
  await expect(banner).toBeHidden();
  expect(await storedAccountIds(serviceWorker)).toEqual(['audiense.com', 'usemotion.com']);
  expect(await storedAccount(serviceWorker, 'audiense.com')).toEqual(before);
  await expect(panel.accountName).toHaveText('Audiense');
});

test('quota exhaustion shows a red badge and the reason, and loses nothing', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // Chromium grants IndexedDB writes from a cached allowance for 30 s
  // (BucketContext::kBucketSpaceCacheTimeLimit) before it asks the quota
  // manager again, so a smaller quota takes that long to bite.
  test.slow();
  const { before, panel, banner } = await audienseStored(context, serviceWorker, extensionId);

  // The extension's origin (it asks for no unlimitedStorage) gets a quota
  // smaller than what it already uses: the disk is full, as far as it knows.
  const origin = `chrome-extension://${extensionId}`;
  const devtools = await context.newCDPSession(panel.page);
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await panel.page.waitForTimeout(31_000);

  const motion = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/motionapp/',
  );
  await expect.poll(() => badgeText(serviceWorker, motion.tabId)).toBe('!');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('no storage left');
  expect(await storedAccountIds(serviceWorker)).toEqual(['audiense.com']);

  // Space is freed: reading the page again stores it, the reason goes away
  // and what was stored before is intact.
  await devtools.send('Storage.overrideQuotaForOrigin', { origin });
  await motion.page.reload();
  await expect.poll(() => badgeText(serviceWorker, motion.tabId)).toBe('A');
  await expect(banner).toBeHidden();
  expect(await storedAccountIds(serviceWorker)).toEqual(['audiense.com', 'usemotion.com']);
  expect(await storedAccount(serviceWorker, 'audiense.com')).toEqual(before);
});
