import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { sampleIcp } from '../../lib/core/icp/sample-icp';
import { generateDeals } from '../backtest/generate-deals';
import { expect, test } from './extension-test';

// A manager imports closed deals in the options page and reads the win rate
// per tier, for the active ICP and a draft side by side.

test('importing a deals CSV shows the win rate per tier', async ({ context, extensionId }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'icp-lens-e2e-'));
  const csv =
    generateDeals(3000, 5) +
    'Broken row,x.example,Retail,lots,1,US,Zendesk,Closed Won,1,2026-01-01\n';
  const file = path.join(dir, 'deals.csv');
  writeFileSync(file, csv);
  const draft = path.join(dir, 'draft.json');
  writeFileSync(
    draft,
    JSON.stringify({
      ...sampleIcp,
      name: 'Draft without size',
      version: 2,
      segments: sampleIcp.segments.map((s) => ({
        ...s,
        criteria: s.criteria.filter((c) => c.id !== 'employees'),
      })),
    }),
  );
  // What the report must say, from the CLI running the same library outside the browser.
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'lib/node/cli/backtest.ts', file], {
    encoding: 'utf8',
  });
  const summary = /top-tier-win-rate=([\d.]+) base-win-rate=([\d.]+) rows=3001 rejected=0$/m.exec(
    cli.stdout,
  );
  expect(summary, cli.stdout + cli.stderr).not.toBeNull();
  const [topWinRate, baseWinRate] = [Number(summary![1]), Number(summary![2])];

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('deals-file').setInputFiles(file);
  await expect(options.getByTestId('map-outcome')).toHaveValue('Deal Stage');
  await expect(options.getByTestId('map-employees')).toHaveValue('Number of Employees');
  await expect(options.getByTestId('deals-preview').locator('tbody tr')).toHaveCount(5);
  await expect(options.getByTestId('deals-preview')).toContainText('Company 1, Inc.');
  await options.getByTestId('draft-icp-file').setInputFiles(draft);
  await options.getByTestId('run-backtest').click();

  const reports = options.getByTestId('backtest-report');
  await expect(reports).toHaveCount(2);
  const active = reports.first();
  // Issue 17: the unreadable size no longer drops the deal; it is listed instead.
  await expect(active.getByTestId('backtest-reading')).toContainText(
    '3,001 rows read: 3,001 deals kept (1 with unknown fields), 0 set aside',
  );
  const winRate = (tier: string) =>
    active.locator(`[data-testid="tier-row"][data-tier="${tier}"] [data-testid="tier-win-rate"]`);
  await expect(winRate('a')).toHaveText(`${(100 * topWinRate).toFixed(1)}%`);
  await expect(active.getByTestId('backtest-summary')).toContainText(
    `Base win rate ${(100 * baseWinRate).toFixed(1)}%`,
  );
  // The planted profile overlaps the sample ICP: its top tier wins more often.
  expect(topWinRate).toBeGreaterThan(baseWinRate);
  for (const tier of ['b', 'c', 'd']) await expect(winRate(tier)).toHaveText(/^(\d+\.\d%|–)$/);
  await expect(reports.nth(1)).toContainText('Draft: Draft without size v2');
  await expect(active.getByTestId('unread-fields')).toContainText(
    'Row 3001, column “Number of Employees”: “lots”',
  );
  await expect(active.getByTestId('tier-interval').first()).toHaveText(/^\d+\.\d% to \d+\.\d%$/);
  await expect(active.getByTestId('lift-verdict')).toHaveText(
    /real: the interval lies above the base rate|not distinguishable from the base rate|too few deals/,
  );

  // Suggested weights: fitted in chunks, shown beside today's, never published by themselves.
  await options.getByTestId('suggest-weights').click();
  const suggestion = options.getByTestId('weight-suggestion');
  await expect(suggestion).toBeVisible();
  await expect(options.getByTestId('suggestion-auc')).toContainText(
    /Out of sample \(5 folds, seed 17, \d+ closed deals\): current AUC 0\.\d{3}/,
  );
  await expect(options.getByTestId('suggested-weight').first()).toBeVisible();
  await expect(reports).toHaveCount(3);
  await expect(reports.nth(2)).toContainText('Suggested weights');
});
