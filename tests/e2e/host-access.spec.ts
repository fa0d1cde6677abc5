import type { BrowserContext, Page, Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, launchAsShipped, test as granted, TEST_NEVER_READ } from './extension-test';
import { openTab, storedAccountIds } from './pages/side-panel';

// The build exactly as shipped, on a fresh profile: no host is granted at
// install. What this cannot show is the rep accepting the browser's prompt
// (Playwright cannot answer it); the unit tests (host-access.test.ts) cover
// what follows a grant, and every other spec runs as a rep who granted it.

const test = granted.extend<{ context: BrowserContext; serviceWorker: Worker }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchAsShipped();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(
      context.serviceWorkers()[0] ??
        (await context.waitForEvent('serviceworker', { timeout: 15_000 })),
    );
  },
});

const origins = async (worker: Worker) =>
  (await worker.evaluate(() => chrome.permissions.getAll())).origins;
const registered = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);

async function welcomePage(context: BrowserContext): Promise<Page> {
  const open = () => context.pages().find((p) => p.url().endsWith('/welcome.html'));
  await expect.poll(() => open() !== undefined, { timeout: 10_000 }).toBe(true);
  const page = open()!;
  await page.waitForLoadState();
  return page;
}

/** The toolbar button, clicked as the rep would: Chromium grants `activeTab` for it. */
async function clickToolbarButton(context: BrowserContext, extensionId: string, url: string) {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab shows ${url}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  await cdp.detach();
}

test('a fresh install holds no host, reads nothing, and the first-run page explains the modes', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const welcome = await welcomePage(context);
  expect(await serviceWorker.evaluate(() => chrome.runtime.getManifest().host_permissions)).toBe(
    undefined,
  );
  expect(await origins(serviceWorker)).toEqual([]);
  // The default mode is in force, but nothing is registered without its hosts.
  expect(await registered(serviceWorker)).toBe(0);

  await expect(welcome.getByRole('heading', { name: 'Welcome to ICP Lens' })).toBeVisible();
  for (const name of [
    'LinkedIn and company sites',
    'LinkedIn, and other sites when I click',
    'Only when I click',
  ])
    await expect(welcome.getByRole('radio', { name })).toBeVisible();
  const axe = await new AxeBuilder({ page: welcome }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('host-access-missing')).toBeVisible();
  const onOptions = await new AxeBuilder({ page: options }).analyze();
  expect(onOptions.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  await welcome.getByRole('radio', { name: 'Only when I click' }).check();
  await welcome.getByTestId('welcome-start').click();
  await expect(welcome.getByRole('status')).toContainText('Ready');
  expect(
    await serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('readingSettings')).readingSettings,
    ),
  ).toMatchObject({ mode: 'click' });
  expect(await origins(serviceWorker)).toEqual([]);
  await expect(options.getByTestId('host-access-missing')).toBeHidden();
});

test('"Only when I click" reads and stores a company page from the toolbar button with no host permission', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  await serviceWorker.evaluate(
    (neverRead) => chrome.storage.local.set({ readingSettings: { mode: 'click', neverRead } }),
    TEST_NEVER_READ,
  );
  const url = `${site.origin}/northbeam/`;
  const { page } = await openTab(context, serviceWorker, url);
  await page.waitForTimeout(1500);
  expect(await storedAccountIds(serviceWorker)).toEqual([]);

  await clickToolbarButton(context, extensionId, url);
  await expect.poll(() => storedAccountIds(serviceWorker)).toHaveLength(1);
  expect(await origins(serviceWorker)).toEqual([]);
  expect(await registered(serviceWorker)).toBe(0);
});
