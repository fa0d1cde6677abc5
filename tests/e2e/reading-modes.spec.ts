import type { BrowserContext, Request, Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, TEST_NEVER_READ, useTestReading } from './extension-test';
import { badgeText, openTab, SidePanelPage, storedAccountIds } from './pages/side-panel';

// Where the extension reads: each test checks the extension's IndexedDB and
// records every request the extension itself makes (there must be none).

function recordExtensionRequests(context: BrowserContext, extensionId: string) {
  const ours: string[] = [];
  context.on('request', (request: Request) => {
    const fromWorker = request.serviceWorker() !== null;
    let frameUrl = '';
    try {
      frameUrl = fromWorker ? '' : request.frame().url();
    } catch {
      frameUrl = '';
    }
    const outside = !request.url().startsWith(`chrome-extension://${extensionId}/`);
    if (outside && (fromWorker || frameUrl.startsWith(`chrome-extension://${extensionId}/`)))
      ours.push(request.url());
  });
  return ours;
}

/** The main-world probe marks the page it runs in: proof a content script was injected. */
/** Whether our reader has run in the tab: asked in the isolated world, where it marks itself. */
const readerRan = (worker: Worker, tabId: number) =>
  worker.evaluate(async (id) => {
    const [ran] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => 'icpLensReader' in globalThis,
    });
    return ran?.result === true;
  }, tabId);

const registered = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);

test('"Only when I click": nothing runs on a company page until the rep asks, then it is read and stored', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const ours = recordExtensionRequests(context, extensionId);
  await useTestReading(serviceWorker, { mode: 'click' });
  expect(await registered(serviceWorker)).toBe(0);

  const { page, tabId } = await openTab(context, serviceWorker, `${site.origin}/northbeam/`);
  await page.waitForTimeout(1500);
  expect(await readerRan(serviceWorker, tabId)).toBe(false);
  expect(await storedAccountIds(serviceWorker)).toEqual([]);

  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.page.getByTestId('reading-status')).toHaveAttribute('data-state', 'on-click');
  await panel.page.getByRole('button', { name: 'Read this page' }).click();
  await expect.poll(() => storedAccountIds(serviceWorker)).toHaveLength(1);
  expect(await readerRan(serviceWorker, tabId)).toBe(true);
  await expect(panel.accountName).toBeVisible();
  expect(ours).toEqual([]);
});

test('a paused site stores nothing, and stores again once resumed', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const ours = recordExtensionRequests(context, extensionId);
  const first = await openTab(context, serviceWorker, `${site.origin}/northbeam/`);
  await expect.poll(() => storedAccountIds(serviceWorker)).toHaveLength(1);
  const panel = await SidePanelPage.open(context, extensionId, first.tabId);
  await panel.page.getByRole('button', { name: 'Pause on this site' }).click();
  await expect(panel.page.getByTestId('reading-status')).toHaveAttribute('data-state', 'paused');

  const second = await openTab(context, serviceWorker, `${site.origin}/example-co/`);
  await expect.poll(() => badgeText(serviceWorker, second.tabId)).toBe('II');
  await second.page.waitForTimeout(1000);
  expect(await storedAccountIds(serviceWorker)).toHaveLength(1);

  await panel.page.getByRole('button', { name: 'Resume on this site' }).click();
  await expect(panel.page.getByTestId('reading-status')).toHaveAttribute('data-state', 'read');
  await second.page.reload();
  await expect.poll(() => storedAccountIds(serviceWorker)).toHaveLength(2);
  expect(ours).toEqual([]);
});

test('a never-read host is not read on a click until the rep confirms', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const ours = recordExtensionRequests(context, extensionId);
  await useTestReading(serviceWorker, { neverRead: [...TEST_NEVER_READ, '127.0.0.1'] });
  const { page, tabId } = await openTab(context, serviceWorker, `${site.origin}/northbeam/`);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('NO');

  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.page.getByTestId('reading-status')).toHaveAttribute(
    'data-state',
    'never-read',
  );
  // A read asked for without the confirmation is refused by the worker.
  const answer = await panel.page.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'readTab', data: { tabId: id, confirmed: false } }),
    tabId,
  );
  expect(answer).toEqual({ status: 'needs-confirmation' });
  await panel.page.getByRole('button', { name: 'Read it anyway…' }).click();
  await page.waitForTimeout(1000);
  expect(await storedAccountIds(serviceWorker)).toEqual([]);
  await panel.page.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedAccountIds(serviceWorker)).toEqual([]);

  await panel.page.getByRole('button', { name: 'Read it anyway…' }).click();
  await panel.page.getByRole('button', { name: 'Yes, read it once' }).click();
  await expect.poll(() => storedAccountIds(serviceWorker)).toHaveLength(1);
  expect(ours).toEqual([]);
});

test('a reading mode locked by the administrator cannot be changed in the options page', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // What the worker copies from storage.managed, written as it would be.
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ readingPolicy: { mode: 'click', locked: ['readingMode'] } }),
  );
  await expect.poll(() => registered(serviceWorker)).toBe(0);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#privacy`);
  await expect(options.getByTestId('locked-readingMode')).toHaveText('Set by your administrator.');
  await expect(options.getByTestId('reading-mode-click')).toBeChecked();
  await expect(options.getByTestId('reading-mode-auto')).toBeDisabled();
  // Even a change sent around the form is refused.
  const saved = await options.evaluate(async () => {
    const stored = await chrome.storage.local.get('readingSettings');
    return (stored.readingSettings as { mode?: string } | undefined)?.mode;
  });
  expect(saved).not.toBe('auto');
  expect(await registered(serviceWorker)).toBe(0);
});

test('retention deletes exactly the accounts past their age, after showing how many', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  for (const path of ['northbeam', 'example-co', 'tiny-studio'])
    await openTab(context, serviceWorker, `${site.origin}/${path}/`);
  await expect.poll(() => storedAccountIds(serviceWorker)).toHaveLength(3);
  const ids = (await storedAccountIds(serviceWorker)).sort();
  const [old, recent] = [ids.slice(0, 2), ids[2]!];
  const day = 24 * 60 * 60 * 1000;
  // Two accounts stored 200 days ago and never opened; one stored 100 days ago.
  await serviceWorker.evaluate(
    ({ old, recent, day }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('accounts', 'readwrite');
          const store = tx.objectStore('accounts');
          const age = (id: string, days: number) => {
            const get = store.get(id);
            get.onsuccess = () => store.put({ ...get.result, createdAt: Date.now() - days * day });
          };
          for (const id of old) age(id, 200);
          age(recent, 100);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { old, recent, day },
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#accounts`);
  await expect(options.getByTestId('retention-summary')).toContainText(
    '3 accounts stored. Accounts not opened in the panel for 180 days are deleted: 2 at the next daily clean-up',
  );
  await options.getByTestId('retention-now').click();
  await expect.poll(() => storedAccountIds(serviceWorker)).toEqual([recent]);
  await expect(options.getByTestId('retention-summary')).toContainText('1 accounts stored.');
});

test('axe finds nothing on the options page and on the panel with its reading status', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('reading-settings')).toBeVisible();
  await expect(options.getByTestId('retention-summary')).toBeVisible();
  const onOptions = await new AxeBuilder({ page: options }).analyze();
  expect(onOptions.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  await useTestReading(serviceWorker, { mode: 'linkedin-auto' });
  const { tabId } = await openTab(context, serviceWorker, `${site.origin}/northbeam/`);
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.page.getByTestId('reading-status')).toHaveAttribute('data-state', 'on-click');
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.page.emulateMedia({ colorScheme });
    const onPanel = await new AxeBuilder({ page: panel.page }).analyze();
    expect(onPanel.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  }
});

test('the Team ICP section shows at once on a fresh profile, before the policy answers', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  const started = Date.now();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Team ICP' })).toBeVisible({ timeout: 1500 });
  const shownAfter = Date.now() - started;
  await expect(options.getByTestId('sync-url')).toBeEditable();
  await expect(options.getByTestId('policy-pending')).toBeHidden({ timeout: 15_000 });
  console.log(
    `Team ICP shown after ${shownAfter} ms; policy known after ${Date.now() - started} ms`,
  );
});
