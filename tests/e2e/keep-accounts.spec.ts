import type { Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './extension-test';
import {
  badgeText,
  openTab,
  SidePanelPage,
  storedAccount,
  storedAccountIds,
} from './pages/side-panel';

// "Keep accounts": a page is read and scored in memory; with "Only accounts I
// open in the panel" nothing reaches IndexedDB until the rep opens it there.
// Real LinkedIn pages, served at their own URLs by the fixture.

const AUDIENSE = 'https://www.linkedin.com/company/audiense/about/';
const MOTION = 'https://www.linkedin.com/company/motionapp/about/';

/** What the tab's waiting account is, from the worker's session storage (never on disk). */
const waitingId = (worker: Worker, tabId: number) =>
  worker.evaluate(async (id) => {
    const key = `pendingAccount:${id}`;
    const entry = (await chrome.storage.session.get(key))[key] as { id?: string } | undefined;
    return entry?.id ?? null;
  }, tabId);

/** When the rep last opened each account, from the extension's IndexedDB. */
const openedIds = (worker: Worker) =>
  worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('opened').objectStore('opened').getAllKeys();
          request.onsuccess = () => {
            resolve(request.result.map(String));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

const violations = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes[0]?.target}`,
  );

test('"Only accounts I open": a company page stores nothing until the rep opens it in the panel', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#privacy`);
  // Checked once the choice is saved and read back, as any reading setting.
  await options.getByTestId('keep-opened').click();
  await expect(options.getByTestId('keep-opened')).toBeChecked();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(options.getByTestId('keep-tier-a')).toHaveAccessibleName('Tier A or better');
  expect(await violations(options)).toEqual([]);

  const { tabId } = await openTab(context, serviceWorker, AUDIENSE);
  await expect.poll(() => waitingId(serviceWorker, tabId)).toBe('audiense.com');
  // Scored all the same: the badge shows its tier.
  expect(await badgeText(serviceWorker, tabId)).not.toBe('');
  expect(await storedAccountIds(serviceWorker)).toEqual([]);

  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.accountName).toHaveText('Audiense');
  await expect.poll(() => storedAccountIds(serviceWorker)).toEqual(['audiense.com']);
  expect(await openedIds(serviceWorker)).toEqual(['audiense.com']);
  expect(await waitingId(serviceWorker, tabId)).toBeNull();
  await expect(panel.page.getByTestId('pending-account')).toHaveCount(0);
});

test('with the panel left open, the next company waits, says so, and is kept on request', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#privacy`);
  // Checked once the choice is saved and read back, as any reading setting.
  await options.getByTestId('keep-opened').click();
  await expect(options.getByTestId('keep-opened')).toBeChecked();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const { page, tabId } = await openTab(context, serviceWorker, AUDIENSE);
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect.poll(() => storedAccountIds(serviceWorker)).toEqual(['audiense.com']);

  // The rep browses on with the panel open: that is not opening Motion.
  await page.goto(MOTION);
  await expect(panel.page.getByTestId('pending-account')).toContainText('Not kept yet');
  await expect(panel.accountName).toHaveText('Motion');
  expect(await storedAccountIds(serviceWorker)).toEqual(['audiense.com']);
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.page.emulateMedia({ colorScheme });
    expect(await violations(panel.page)).toEqual([]);
  }

  await panel.page.getByTestId('keep-account').click();
  await expect
    .poll(async () => (await storedAccountIds(serviceWorker)).sort())
    .toEqual(['audiense.com', 'usemotion.com']);
  await expect(panel.page.getByTestId('pending-account')).toHaveCount(0);
  await expect(panel.accountName).toHaveText('Motion');
});

test('answering a question on an account not kept yet keeps it with the answer', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#privacy`);
  await options.getByTestId('keep-opened').click();
  await expect(options.getByTestId('keep-opened')).toBeChecked();

  const { page, tabId } = await openTab(context, serviceWorker, AUDIENSE);
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect.poll(() => storedAccountIds(serviceWorker)).toEqual(['audiense.com']);
  await page.goto(MOTION);
  await expect(panel.page.getByTestId('pending-account')).toBeVisible();

  const answer = panel.page.getByTestId('answer-input').first();
  const criterionId = await answer.getAttribute('data-criterion-id');
  await answer.fill('Confirmed on the first call');
  await answer.press('Enter');
  await expect
    .poll(async () => (await storedAccountIds(serviceWorker)).sort())
    .toEqual(['audiense.com', 'usemotion.com']);
  await expect
    .poll(async () => (await storedAccount(serviceWorker, 'usemotion.com')).facts.answers)
    .toHaveProperty(criterionId!);
  await expect(panel.page.getByTestId('pending-account')).toHaveCount(0);
});

test('a keep choice locked by the administrator, naming a tier the ICP lost, keeps only opened accounts', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // What the worker copies from storage.managed, written as it would be.
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ readingPolicy: { keep: 'tier:gold', locked: ['keepAccounts'] } }),
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#privacy`);
  await expect(options.getByTestId('locked-keepAccounts')).toHaveText('Set by your administrator.');
  await expect(options.getByTestId('keep-missing-tier')).toContainText('“gold”');
  await expect(options.getByTestId('keep-any')).toBeDisabled();
  expect(await violations(options)).toEqual([]);

  const { tabId } = await openTab(context, serviceWorker, AUDIENSE);
  await expect.poll(() => waitingId(serviceWorker, tabId)).toBe('audiense.com');
  expect(await storedAccountIds(serviceWorker)).toEqual([]);
});
