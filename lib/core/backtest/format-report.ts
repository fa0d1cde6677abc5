import type { BacktestReport } from './backtest';

const pct = (n: number | undefined) => (n === undefined ? '-' : `${(100 * n).toFixed(1)}%`);
const num = (n: number | undefined, digits = 3) => (n === undefined ? 'n/a' : n.toFixed(digits));

/** The report as text, ending with the one line scripts read. */
export function formatReport(report: BacktestReport): string {
  const lines = [
    `Back-test of ${report.icpName} v${report.icpVersion}`,
    `${report.rows} rows: ${report.closed} closed (${report.won} won), ${report.rows - report.rejected - report.closed} open, ${report.rejected} rejected`,
    '',
    'Tier               deals   won  lost  open  win rate  value win rate',
    ...report.tiers.map(
      (t) =>
        `${t.label.padEnd(17)} ${String(t.deals).padStart(6)} ${String(t.won).padStart(5)} ${String(t.lost).padStart(5)} ${String(t.open).padStart(5)} ${pct(t.winRate).padStart(9)} ${pct(t.valueWinRate).padStart(15)}`,
    ),
    '',
    `Base win rate ${pct(report.baseWinRate)}; top tier (${report.topTier?.label ?? '-'}) ${pct(report.topTier?.winRate)}, lift ${num(report.topTier?.lift, 2)}x; ROC AUC ${num(report.auc)}`,
    '',
    'Criterion (won when matched vs when not)',
    ...report.criteria.map(
      (c) =>
        `  ${pct(c.winRateWith).padStart(6)} of ${c.withClosed} vs ${pct(c.winRateWithout).padStart(6)} of ${c.withoutClosed}  ${c.label}${c.separation !== undefined && Math.abs(c.separation) < 0.05 ? '  (noise?)' : ''}`,
    ),
  ];
  if (report.errors.length) {
    lines.push(
      '',
      'Rejected rows:',
      ...report.errors.slice(0, 50).map((e) => `  row ${e.row}: ${e.problem}`),
    );
    if (report.errors.length > 50) lines.push(`  ... and ${report.errors.length - 50} more`);
  }
  lines.push(
    '',
    `backtest: auc=${num(report.auc)} top-tier-win-rate=${num(report.topTier?.winRate)} base-win-rate=${num(report.baseWinRate)} rows=${report.rows} rejected=${report.rejected}`,
  );
  return lines.join('\n');
}
