import { expect, test } from './extension-test';
import { badgeText, openTab, SidePanelPage, storedAccount } from './pages/side-panel';

test('a site loading HubSpot and Google Analytics shows both, and "a CRM" matches', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const { tabId } = await openTab(context, serviceWorker, `${site.origin}/stack-co/`);
  await expect.poll(() => badgeText(serviceWorker, tabId)).not.toBe('');
  await expect
    .poll(async () =>
      ((await storedAccount(serviceWorker, 'stack-co.io'))?.facts.technologies ?? []).map(
        (t: { name: string }) => t.name,
      ),
    )
    .toEqual(expect.arrayContaining(['HubSpot', 'Google Analytics']));

  const panel = await SidePanelPage.open(context, extensionId, tabId);
  const hubspot = panel.page.locator('[data-testid="technology"][data-name="HubSpot"]');
  await expect(hubspot).toBeVisible();
  await expect(hubspot).toContainText('js.hs-scripts.com');
  // Words for the rep; the matched pattern only in the tooltip.
  await expect(hubspot).not.toContainText(' matches /');
  await expect(hubspot).toHaveAttribute('title', / matches \/.+\/$/);
  await expect(
    panel.page.locator('[data-testid="technology"][data-name="Google Analytics"]'),
  ).toBeVisible();
  await expect(
    panel.page.locator('[data-testid="technology-category"][data-category="Analytics"]'),
  ).toContainText('Google Analytics');
  // The sample ICP's scale-up segment wants a go-to-market stack (HubSpot among it).
  await expect(panel.criterion('go-to-market-stack')).toHaveAttribute('data-status', 'match');
  await expect(panel.criterion('go-to-market-stack')).toContainText('HubSpot');
});

test('LinkedIn’s own scripts never become the company’s stack', async ({
  context,
  serviceWorker,
}) => {
  const { tabId } = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/motionapp/',
  );
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('A');
  await new Promise((r) => setTimeout(r, 1500));
  expect((await storedAccount(serviceWorker, 'usemotion.com')).facts.technologies).toEqual([]);
});

test('a page cannot spoof the main-world probe through postMessage', async ({
  context,
  serviceWorker,
  site,
}) => {
  const { page, tabId } = await openTab(context, serviceWorker, `${site.origin}/spoofer/`);
  await expect.poll(() => badgeText(serviceWorker, tabId)).not.toBe('');
  // Give the technology pass time to finish.
  await new Promise((r) => setTimeout(r, 2000));
  const names = (
    (await storedAccount(serviceWorker, 'spoofer-inc.com')).facts.technologies as { name: string }[]
  ).map((t) => t.name);
  expect(names).not.toContain('Shopify');
  expect(names).not.toContain('Intercom');
  // The probe's own hello never reached the page's listeners.
  expect(
    await page.evaluate(() => (window as unknown as { stolenPorts: number }).stolenPorts),
  ).toBe(1);
});

test('a held-back tag shows as after consent, a late-inserted script and same-origin styles are seen', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const { tabId } = await openTab(context, serviceWorker, `${site.origin}/late-stack/`);
  await expect.poll(() => badgeText(serviceWorker, tabId)).not.toBe('');
  const names = async () =>
    ((await storedAccount(serviceWorker, 'late-stack.io'))?.facts.technologies ?? []).map(
      (t: { name: string }) => t.name,
    );
  await expect.poll(names).toEqual(expect.arrayContaining(['HubSpot', 'Tailwind CSS']));

  const panel = await SidePanelPage.open(context, extensionId, tabId);
  const hubspot = panel.page.locator('[data-testid="technology"][data-name="HubSpot"]');
  await expect(hubspot).toContainText('held back by the consent manager, runs after consent');
  await expect(hubspot).toHaveAttribute('title', /held for consent matches \/.+\/$/);
  await expect(
    panel.page.locator('[data-testid="technology"][data-name="Tailwind CSS"]'),
  ).toContainText('its styles use');
  // Inserted 50 ms after load: seen only if the pass reads the DOM late enough.
  expect(await names()).toContain('Hotjar');
});
