import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, FIXTURES_DIR, test } from './extension-test';
import { badgeText, openTab, SidePanelPage, storedAccountIds } from './pages/side-panel';

// The walking skeleton end to end: real Chromium, the built extension, the
// built-in sample ICP, LinkedIn fixtures at their real URLs and a company
// site on 127.0.0.1.

test('a signed-out LinkedIn company page gets a tier on the badge and a qualified panel', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const { tabId } = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/audiense/about/',
  );

  // Advertising Services is not a software industry (miss), 51-200 people fits
  // the scale-up segment (match) and London is a core market (match).
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('B');

  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.accountName).toHaveText('Audiense');
  await expect(panel.tier).toHaveAttribute('data-tier', 'b');
  await expect(panel.criterion('industry')).toHaveAttribute('data-status', 'miss');
  await expect(panel.criterion('industry')).toContainText('Advertising Services');
  await expect(panel.criterion('employees')).toHaveAttribute('data-status', 'match');
  await expect(panel.criterion('employees')).toContainText('51-200 employees');
  await expect(panel.criterion('hq')).toHaveAttribute('data-status', 'match');
  // LinkedIn's own scripts are not the company's stack: still unknown.
  await expect(panel.criterion('go-to-market-stack')).toHaveAttribute('data-status', 'unknown');

  const score = await panel.number(panel.score);
  const confidence = await panel.number(panel.confidence);
  expect(score).toBeGreaterThanOrEqual(50);
  expect(score).toBeLessThan(75);
  expect(confidence).toBeGreaterThan(0);
  expect(confidence).toBeLessThan(100);
  await expect(panel.criteria).toHaveCount(5);

  // Every criterion question belongs to a criterion still unknown or partial,
  // and each of those is asked about; the segment adds its own questions.
  const open = await panel.page
    .locator('[data-testid="criterion"]:is([data-status="unknown"], [data-status="partial"])')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-criterion-id')));
  const asked = await panel.questions.evaluateAll((rows) =>
    rows.map((r) => r.getAttribute('data-criterion-id')),
  );
  expect(new Set(asked.filter(Boolean))).toEqual(new Set(open));
  expect(asked.filter((id) => id === null).length).toBeGreaterThan(0);

  await panel.page.setViewportSize({ width: 400, height: 900 });
  await panel.page.screenshot({ path: 'public/screenshots/side-panel.png', fullPage: true });
});

test('a signed-in LinkedIn company page is qualified too', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const { tabId } = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/motionapp/',
  );

  // Software Development, 51-200 people, Mountain View CA: a scale-up fit.
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('A');
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.accountName).toHaveText('Motion');
  await expect(panel.tier).toHaveAttribute('data-tier', 'a');
  await expect(panel.criterion('industry')).toHaveAttribute('data-status', 'match');
  await expect(panel.criterion('hq')).toContainText('Mountain View');
  // Typed signals in words: the funding card and the company's own job openings, any role.
  await expect(panel.signals.filter({ hasText: 'Raised $36.5M Series C' })).toHaveCount(1);
  await expect(
    panel.signals.filter({ hasText: 'Hiring 2 roles: Senior Product Manager' }),
  ).toHaveCount(1);
  expect(await storedAccountIds(serviceWorker)).toEqual(['usemotion.com']);
});

test('a company website with an Organization in JSON-LD is qualified', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const { tabId } = await openTab(context, serviceWorker, `${site.origin}/northbeam/`);

  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('A');
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.accountName).toHaveText('Northbeam Analytics');
  await expect(panel.criterion('employees')).toHaveAttribute('data-status', 'match');
  await expect(panel.criterion('employees')).toContainText('JSON-LD');
  await expect(panel.criterion('industry')).toHaveAttribute('data-status', 'unknown');
  await expect(panel.questions.first()).toBeVisible();
  expect(await storedAccountIds(serviceWorker)).toEqual(['northbeam-analytics.com']);
});

test('navigating inside LinkedIn to another company updates the panel without a reload', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const { page, tabId } = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/audiense/about/',
  );
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('B');
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.accountName).toHaveText('Audiense');

  // What LinkedIn's app does: fetch the next company, swap the document's
  // content in place and push the new URL, with no page load.
  await page.evaluate(() => Object.assign(window, { samePageMarker: true }));
  await page.evaluate(async () => {
    const html = await (await fetch('/company/motionapp/')).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    // Spread first: moving nodes empties the live childNodes lists.
    document.head.replaceChildren(...[...next.head.childNodes]);
    document.body.replaceChildren(...[...next.body.childNodes]);
    history.pushState({}, '', '/company/motionapp/');
  });

  await expect(panel.accountName).toHaveText('Motion');
  await expect(panel.tier).toHaveAttribute('data-tier', 'a');
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('A');
  // Still the same document: the page was never reloaded.
  expect(await page.evaluate(() => 'samePageMarker' in window)).toBe(true);
  expect((await storedAccountIds(serviceWorker)).sort()).toEqual(['audiense.com', 'usemotion.com']);
});

test('a news article is not a company: nothing is stored and the badge stays blank', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const url =
    'https://techcrunch.com/2016/01/12/hackerrank-jobs-takes-the-mystery-out-of-technical-recruiting/';
  await context.route(url, async (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: await readFile(path.join(FIXTURES_DIR, 'other-techcrunch-article.html')),
    }),
  );
  const { tabId } = await openTab(context, serviceWorker, url);
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.emptyState).toHaveAttribute('data-kind', 'other');
  expect(await badgeText(serviceWorker, tabId)).toBe('');
  expect(await storedAccountIds(serviceWorker)).toEqual([]);
});
