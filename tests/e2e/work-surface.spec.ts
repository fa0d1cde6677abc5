import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension-test';
import { badgeText, openTab, SidePanelPage, storedAccount } from './pages/side-panel';

// The side panel as a rep's work surface: answering discovery questions,
// disqualifiers first, persona talking points, the account list, the CRM
// note, and accessibility.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('answering two questions in the panel changes tier and confidence at once', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const { page, tabId } = await openTab(context, serviceWorker, `${site.origin}/northbeam/`);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('A');
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  // Industry unknown; the site's stack was seen and has no go-to-market tool.
  await expect(panel.tier).toHaveAttribute('data-tier', 'a');
  await expect(panel.confidence).toHaveText('75%');
  await expect(panel.score).toHaveText('80');
  await expect(panel.criterion('industry')).toHaveAttribute('data-status', 'unknown');
  await expect(panel.criterion('go-to-market-stack')).toHaveAttribute('data-status', 'miss');

  // "What do you sell?" -> "We are a retailer now": a value answer.
  await panel.answerInput('industry').fill('Retail');
  await panel.answerInput('industry').press('Enter');
  await expect(panel.criterion('industry')).toHaveAttribute('data-status', 'miss');
  await expect(panel.criterion('industry')).toContainText('entered by the rep');
  await expect(panel.tier).toHaveAttribute('data-tier', 'b');
  await expect(panel.confidence).toHaveText('100%');
  await expect(panel.score).toHaveText('60');

  // "Which CRM?" -> "HubSpot, on the sales team": the rep corrects the page.
  await panel.page
    .locator('[data-testid="answer-status"][data-criterion-id="go-to-market-stack"]')
    .selectOption('match');
  await panel.answerInput('go-to-market-stack').fill('HubSpot, on the sales team');
  await panel.answerInput('go-to-market-stack').press('Enter');
  await expect(panel.criterion('go-to-market-stack')).toHaveAttribute('data-status', 'match');
  await expect(panel.criterion('go-to-market-stack')).toContainText('HubSpot, on the sales team');
  await expect(panel.tier).toHaveAttribute('data-tier', 'a');
  await expect(panel.score).toHaveText('75');
  const answeredAt = Date.now();

  // The answers survive a page re-read.
  await page.reload();
  await expect
    .poll(
      async () => (await storedAccount(serviceWorker, 'northbeam-analytics.com')).sources[0].seenAt,
    )
    .toBeGreaterThan(answeredAt);
  await expect(panel.criterion('industry')).toHaveAttribute('data-status', 'miss');
  await expect(panel.criterion('go-to-market-stack')).toHaveAttribute('data-status', 'match');
  await expect(panel.tier).toHaveAttribute('data-tier', 'a');
});

test('a disqualified account shows the disqualifier first', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const { tabId } = await openTab(context, serviceWorker, `${site.origin}/tiny-studio/`);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('D');
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  const disqualifier = panel.page.getByTestId('disqualifier');
  await expect(disqualifier).toHaveAttribute('data-disqualifier-id', 'too-small');
  await expect(disqualifier).toContainText('Too small to have a sales team');
  const firstSection = await panel.page
    .locator('article.account > section')
    .first()
    .getAttribute('class');
  expect(firstSection).toContain('disqualifiers');
  await expect(panel.tier).toHaveAttribute('data-tier', 'd');
});

test('a VP of Sales at a stored company gets the economic buyer’s talking points', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const company = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/example-co/about/',
  );
  await expect.poll(() => badgeText(serviceWorker, company.tabId)).toBe('A');

  const { tabId } = await openTab(context, serviceWorker, 'https://www.linkedin.com/in/jane-park/');
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.page.getByTestId('person-title')).toHaveText('VP of Sales');
  await expect(panel.page.getByTestId('person-persona')).toHaveAttribute(
    'data-persona-id',
    'vp-sales',
  );
  await expect(panel.accountName).toHaveText('Example Co');
  await expect(panel.page.getByTestId('persona-select')).toHaveValue('vp-sales');
  await expect(panel.page.getByTestId('persona')).toHaveAttribute('data-role', 'economic-buyer');
  const points = panel.page.getByTestId('talking-point');
  await expect(points.first()).toContainText('slipping deals');
  // The account's own fit is woven in.
  await expect(
    panel.page.locator('[data-testid="talking-point"][data-source="fit"]').first(),
  ).toContainText('Software Development');

  // On a company page the rep picks the persona.
  const companyPanel = await SidePanelPage.open(context, extensionId, company.tabId);
  await companyPanel.page.getByTestId('persona-select').selectOption('cto');
  await expect(companyPanel.page.getByTestId('persona')).toHaveAttribute(
    'data-role',
    'technical-buyer',
  );
  await expect(companyPanel.page.getByTestId('talking-point').first()).toContainText('SOC 2');
});

test('recent accounts can be filtered, opened and copied as a CRM note', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const a = await openTab(context, serviceWorker, `${site.origin}/northbeam/`);
  await expect.poll(() => badgeText(serviceWorker, a.tabId)).toBe('A');
  const b = await openTab(context, serviceWorker, `${site.origin}/tiny-studio/`);
  await expect.poll(() => badgeText(serviceWorker, b.tabId)).toBe('D');

  const panel = await SidePanelPage.open(context, extensionId, a.tabId);
  await panel.page.getByTestId('open-account-list').click();
  await expect(panel.page.getByTestId('account-list-item')).toHaveCount(2);
  await panel.page.getByTestId('tier-filter').selectOption('d');
  await expect(panel.page.getByTestId('account-list-item')).toHaveCount(1);
  await expect(panel.page.getByTestId('account-list-item')).toHaveAttribute(
    'data-account-id',
    'tinystudio.design',
  );
  await panel.page.getByTestId('tier-filter').selectOption('');
  await panel.page.getByTestId('account-search').fill('northbeam');
  await expect(panel.page.getByTestId('account-list-item')).toHaveCount(1);
  await panel.page.getByTestId('account-list-item').getByRole('button').click();
  await expect(panel.accountName).toHaveText('Northbeam Analytics');

  await panel.page.getByTestId('copy-summary').click();
  await expect(panel.page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const note = await panel.page.evaluate(() => navigator.clipboard.readText());
  expect(note).toMatch(
    /^Northbeam Analytics \(northbeam-analytics\.com\)\nICP fit: tier A \(a\), score \d+\/100, confidence \d+%/,
  );
  expect(note).toContain('Still to find out:');
});

test('axe finds no accessibility violations in the panel and the options page', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const { tabId } = await openTab(context, serviceWorker, `${site.origin}/tiny-studio/`);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('D');
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.accountName).toHaveText('Tiny Studio');
  await expectNoAxeViolations(panel.page);
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(panel.page);
  await panel.page.getByTestId('open-account-list').click();
  await expect(panel.page.getByTestId('account-list-item')).toHaveCount(1);
  await expectNoAxeViolations(panel.page);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('icp-name')).toBeVisible();
  await expectNoAxeViolations(options);
});
