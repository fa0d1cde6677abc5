import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './extension-test';
import { badgeText, openTab, storedAccount } from './pages/side-panel';

// A manager edits the ICP in the options page's form instead of its JSON
// (issue #6): one draft behind both views, problems named at the field,
// the effect previewed on stored accounts, then used here.

test('the ICP form edits the shared draft, previews it and puts it in force', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const { tabId } = await openTab(
    context,
    serviceWorker,
    'https://www.linkedin.com/company/audiense/about/',
  );
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('B');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('icp-view-form').check();
  const field = (path: string) => options.locator(`[data-path="${path}"]`);
  const problemsFor = (path: string) => options.locator(`[data-problems-for="${path}"]`);

  // The scale-up segment's headcount criterion: 50 to 500 people.
  const rule = 'segments.1.criteria.1.rule';
  await expect(
    options.getByRole('group', { name: 'Segment: Venture-backed scale-up' }),
  ).toBeVisible();
  await expect(field(`${rule}.min`)).toHaveValue('50');
  await expect(field(`${rule}.min`)).toHaveAccessibleName('Minimum employees');

  // A minimum above the maximum is named at the rule, in words, and blocks "Use here".
  await field(`${rule}.min`).fill('1000');
  await expect(problemsFor(rule)).toHaveText('min must not exceed max');
  await expect(options.getByTestId('icp-problem')).toHaveText(
    'segments[1].criteria[1].rule: min must not exceed max',
  );
  await expect(options.getByTestId('install-draft')).toBeDisabled();
  const axe = await new AxeBuilder({ page: options }).include('[data-testid="icp-form"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await field(`${rule}.max`).fill('');
  await expect(options.getByTestId('field-problem')).toHaveCount(0);
  await expect(options.getByTestId('icp-check')).toContainText('Valid:');

  // The JSON view shows the form's edit; an edit there shows in the form.
  await options.getByTestId('icp-view-json').check();
  const draft = JSON.parse(await options.getByTestId('icp-json').inputValue());
  expect(draft.segments[1].criteria[1].rule).toEqual({ field: 'employees', min: 1000 });
  draft.segments[1].criteria[1].label = '1,000 employees or more';
  await options.getByTestId('icp-json').fill(JSON.stringify(draft, null, 2));
  await options.getByTestId('icp-view-form').check();
  await expect(field('segments.1.criteria.1.label')).toHaveValue('1,000 employees or more');

  // What it would do: Audiense (about 100 people) leaves tier B.
  await options.getByTestId('preview-draft').click();
  await expect(options.getByTestId('draft-preview')).toContainText(
    '1 of 1 accounts would change tier',
  );
  await expect(
    options.locator('[data-testid="draft-change"][data-account-id="audiense.com"]'),
  ).toContainText('B → D');

  // A new version, used here: the active ICP and the stored account follow.
  await options.getByTestId('bump-version').click();
  await expect(field('version')).toHaveValue('2');
  await options.getByTestId('install-draft').click();
  await expect(options.getByRole('status').filter({ hasText: 'in force' })).toHaveText(
    'v2 is in force here; 1 accounts re-scored.',
  );
  await expect(options.getByRole('article')).toContainText('Version 2');
  await expect(options.getByRole('article')).toContainText('1,000 employees or more');
  const account = await storedAccount(serviceWorker, 'audiense.com');
  expect(account.score.icpVersion).toBe(2);
  expect(account.score.tier.id).toBe('d');
});
