import type { Request } from '@playwright/test';
import { expect, test } from './extension-test';
import { openTab, SidePanelPage, storedAccount, storedAccountIds } from './pages/side-panel';

test('30 tabs opened at once: every account lands with its score, none twice', async ({
  context,
  serviceWorker,
  site,
}) => {
  const count = 30;
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const page = await context.newPage();
      await page.goto(`${site.origin}/generated/company-${i + 1}/`);
    }),
  );
  await expect
    .poll(async () => (await storedAccountIds(serviceWorker)).length, { timeout: 30_000 })
    .toBe(count);
  const ids = await storedAccountIds(serviceWorker);
  expect(new Set(ids).size).toBe(count);
  expect(ids.sort()).toEqual(
    Array.from({ length: count }, (_, i) => `generated-company-${i + 1}.com`).sort(),
  );
  for (const id of ['generated-company-1.com', 'generated-company-30.com']) {
    const account = await storedAccount(serviceWorker, id);
    expect(account.score.tier.id).toMatch(/^[abcd]$/);
    expect(account.sources).toHaveLength(1);
  }
});

test('the extension itself makes no network request while a rep browses', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const ours: string[] = [];
  const record = (request: Request) => {
    const fromWorker = request.serviceWorker() !== null;
    const frameUrl = fromWorker ? '' : safeFrameUrl(request);
    if (fromWorker || frameUrl.startsWith(`chrome-extension://${extensionId}/`))
      ours.push(request.url());
  };
  context.on('request', record);

  for (const url of [
    'https://www.linkedin.com/company/audiense/about/',
    'https://www.linkedin.com/company/motionapp/',
    'https://www.linkedin.com/in/robertkcheung/',
    `${site.origin}/northbeam/`,
    `${site.origin}/tiny-studio/`,
  ]) {
    const { tabId } = await openTab(context, serviceWorker, url);
    const panel = await SidePanelPage.open(context, extensionId, tabId);
    await expect(panel.page.locator('h1').first()).toBeVisible();
    await panel.page.close();
  }
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('icp-name')).toBeVisible();

  const external = ours.filter(
    (u) => !u.startsWith(`chrome-extension://${extensionId}/`) && !u.startsWith('data:'),
  );
  expect(external).toEqual([]);
  expect(ours.length).toBeGreaterThan(0);

  // Canary: a request the worker does make is caught, so the recorder really
  // sees the worker's traffic and the empty list above means something.
  await serviceWorker.evaluate(
    (url) =>
      fetch(url).then(
        () => undefined,
        () => undefined,
      ),
    `${site.origin}/canary`,
  );
  await expect.poll(() => ours.filter((u) => u.endsWith('/canary'))).toHaveLength(1);
});

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}
