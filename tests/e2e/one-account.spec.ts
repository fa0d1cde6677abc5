import { expect, test } from './extension-test';
import {
  badgeText,
  openTab,
  SidePanelPage,
  storedAccount,
  storedAccountIds,
} from './pages/side-panel';

// One company, one account: its LinkedIn page and its own website land in
// the same record, keyed by the website's registrable domain.

test('the LinkedIn page and the website of one company merge into one account', async ({
  context,
  serviceWorker,
  extensionId,
  site,
}) => {
  const linkedin = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/example-co/about/',
  );
  await expect.poll(() => badgeText(serviceWorker, linkedin.tabId)).toBe('A');
  expect(await storedAccountIds(serviceWorker)).toEqual(['example.com']);

  const website = await openTab(context, serviceWorker, `${site.origin}/example-co/`);
  await expect
    .poll(async () => (await storedAccount(serviceWorker, 'example.com')).sources.length)
    .toBe(2);
  expect(await storedAccountIds(serviceWorker)).toEqual(['example.com']);

  const account = await storedAccount(serviceWorker, 'example.com');
  // LinkedIn's industry and specialties stay; the site's exact headcount
  // refines LinkedIn's 201-500 band; the founding years disagree.
  expect(account.facts.company).toMatchObject({
    name: 'Example Co',
    industry: 'Software Development',
    employees: { min: 320, max: 320 },
    foundedYear: 2013,
    linkedinUrl: 'https://www.linkedin.com/company/example-co',
  });
  expect(account.facts.conflicts.foundedYear[0].value).toBe(2012);

  const panel = await SidePanelPage.open(context, extensionId, website.tabId);
  await expect(panel.accountName).toHaveText('Example Co');
  await expect(panel.criterion('employees')).toContainText('320 employees');
  const conflict = panel.page.locator('[data-testid="conflict"][data-field="foundedYear"]');
  await expect(conflict).toContainText('using 2013');
  await expect(conflict).toContainText('also seen 2012');
  await expect(conflict).toContainText('www.linkedin.com');
});

test('a LinkedIn profile shows the person and stores no account', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const { tabId } = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/in/robertkcheung/',
  );
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.page.getByTestId('person-name')).toHaveText('Rob Cheung');
  await expect(panel.page.getByTestId('person-title')).toHaveText('Co-Founder');
  await expect(panel.page.getByTestId('person-company')).toHaveText('꩜Substrate');
  expect(await badgeText(serviceWorker, tabId)).toBe('');
  expect(await storedAccountIds(serviceWorker)).toEqual([]);
});
