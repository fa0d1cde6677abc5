import { expect, test } from './extension-test';
import { openTab, SidePanelPage, storedAccountIds } from './pages/side-panel';

// A pre-render shell (tests/fixtures/linkedin/voyager-shell-normalized.html)
// states its company only in a Voyager payload that also holds three other
// companies; in real Chromium with the built extension the panel shows this
// page's company and nothing of the others.

test('a Voyager pre-render shell gives the right company and not one of the others in its JSON', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const { tabId } = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/brightwave-analytics/',
  );
  const panel = await SidePanelPage.open(context, extensionId, tabId);
  await expect(panel.accountName).toHaveText('Brightwave Analytics');
  await expect(panel.criterion('industry')).toHaveAttribute('data-status', 'match');
  await expect(panel.criterion('industry')).toContainText('Software Development');
  await expect(panel.criterion('employees')).toContainText('51-200');
  await expect(panel.criterion('hq')).toContainText('Leeds');

  const shown = (await panel.page.locator('body').innerText()).toLowerCase();
  for (const other of [
    'northgate',
    'labs',
    'kiefer',
    'financial services',
    'information technology',
    'maschinenbau',
    'new york',
    'pune',
    'stuttgart',
    '10,001',
    '2-10',
    '1,001',
  ]) {
    expect(shown, other).not.toContain(other);
  }
  expect(await storedAccountIds(serviceWorker)).toEqual(['brightwave-analytics.co.uk']);
});
