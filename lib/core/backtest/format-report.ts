import type { BacktestReport, Verdict } from './backtest';
import type { AucEstimate, Interval } from './metrics';
import type { Suggestion } from './suggest';

const pct = (n: number | undefined) => (n === undefined ? '-' : `${(100 * n).toFixed(1)}%`);
const num = (n: number | undefined, digits = 3) => (n === undefined ? 'n/a' : n.toFixed(digits));
const range = (i: Interval | undefined, show: (n: number) => string) =>
  i ? `${show(i.low)} to ${show(i.high)}` : '-';
const pctRange = (i: Interval | undefined) => range(i, (n) => pct(n));
const points = (n: number) => `${n >= 0 ? '+' : ''}${(100 * n).toFixed(1)}`;

const TIER_VERDICT: Record<Verdict, string> = {
  higher: 'above base',
  lower: 'below base',
  'not distinguishable': 'like base',
  'too few deals': 'too few deals',
};

/** What a lift means, in words: real only when its interval excludes the base rate. */
export function liftVerdictText(verdict: Verdict): string {
  switch (verdict) {
    case 'higher':
      return 'real: the interval lies above the base rate';
    case 'lower':
      return 'real, and below the base rate';
    case 'not distinguishable':
      return 'not distinguishable from the base rate';
    default:
      return 'too few deals (under 30 closed) to tell';
  }
}

/** What a criterion's separation means, in words. */
export function separationVerdictText(verdict: Verdict): string {
  switch (verdict) {
    case 'higher':
      return 'wins more when matched';
    case 'lower':
      return 'wins less when matched';
    case 'not distinguishable':
      return 'no clear difference';
    default:
      return 'too few deals';
  }
}

/** The report as text, ending with the one line scripts read. */
export function formatReport(report: BacktestReport): string {
  const r = report.reading;
  const open = report.rows - report.rejected - report.closed - (r?.duplicates ?? 0);
  const lines = [
    `Back-test of ${report.icpName} v${report.icpVersion}`,
    r
      ? `${r.rowsRead} rows read: ${r.kept} deals kept (${r.withUnknownFields} with unknown fields), ${r.setAside} set aside, ${r.duplicates} duplicate deal ids counted once`
      : `${report.rows} rows: ${report.rows - report.rejected} deals kept, ${report.rejected} set aside`,
    `${report.closed} closed (${report.won} won), ${open} open`,
    '',
    'Tier               deals   won  lost  open  win rate   95% interval   vs base        value win rate',
    ...report.tiers.map(
      (t) =>
        `${t.label.padEnd(17)} ${String(t.deals).padStart(6)} ${String(t.won).padStart(5)} ${String(t.lost).padStart(5)} ${String(t.open).padStart(5)} ${pct(t.winRate).padStart(9)}  ${pctRange(t.winRateInterval).padStart(13)}  ${TIER_VERDICT[t.verdict].padEnd(13)} ${pct(t.valueWinRate).padStart(9)}`,
    ),
    '',
    `Base win rate ${pct(report.baseWinRate)}; top tier (${report.topTier?.label ?? '-'}) ${pct(report.topTier?.winRate)} (${pctRange(report.topTier?.winRateInterval)}), lift ${num(report.topTier?.lift, 2)}x (${range(report.topTier?.liftInterval, (n) => n.toFixed(2))}): ${report.topTier ? liftVerdictText(report.topTier.verdict) : 'no closed deals in a tier'}`,
    `ROC AUC ${num(report.auc)} (95% interval ${range(report.aucInterval, (n) => n.toFixed(3))}, DeLong)`,
    '',
    'Criterion separation: win rate when matched minus when observed and not matched, in points (95% interval)',
    ...report.criteria.map(
      (c) =>
        `  ${(c.separation === undefined ? '-' : points(c.separation)).padStart(6)} (${range(c.separationInterval, points)})  ${pct(c.winRateWith)} of ${c.withClosed} vs ${pct(c.winRateWithout)} of ${c.withoutClosed}  ${c.label}: ${separationVerdictText(c.verdict)}`,
    ),
  ];
  if (r?.notes.length) {
    lines.push(
      '',
      'Read with a note:',
      ...r.notes
        .slice(0, 50)
        .map(
          (n) =>
            `  ${n.column}: ${n.note} (${n.rows} row${n.rows === 1 ? '' : 's'}, first row ${n.firstRow})`,
        ),
    );
    if (r.notes.length > 50) lines.push(`  ... and ${r.notes.length - 50} more values`);
  }
  if (r?.unreadCount) {
    lines.push(
      '',
      `Fields not read, unknown for those deals (${r.unreadCount}):`,
      ...r.unread
        .slice(0, 50)
        .map((u) => `  row ${u.row}, column "${u.column}": "${u.value}" (tried ${u.tried})`),
    );
    if (r.unreadCount > 50) lines.push(`  ... and ${r.unreadCount - 50} more`);
  }
  if (r?.stages.length) {
    lines.push(
      '',
      'Stages: ' +
        r.stages
          .slice(0, 30)
          .map((s) => `${s.stage} = ${s.outcome ?? 'not mapped'} (${s.rows})`)
          .join(', '),
    );
  }
  if (report.errors.length) {
    lines.push(
      '',
      'Rows set aside:',
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

/** The suggested weights beside today's, and both ICPs' out-of-sample AUC. */
export function formatSuggestion(suggestion: Suggestion): string {
  const { current, suggested, deals } = suggestion.outOfSample;
  const auc = (a: AucEstimate | undefined) =>
    a ? `${a.auc.toFixed(3)} (${range(a.interval, (n) => n.toFixed(3))})` : 'n/a';
  const verdict =
    current && suggested
      ? suggested.interval.low > current.interval.high
        ? 'the suggestion sorts won from lost better, beyond both intervals'
        : suggested.interval.high < current.interval.low
          ? 'the suggestion does worse: keep the current weights'
          : 'the intervals overlap: the suggestion is not clearly better'
      : 'not enough won and lost deals to compare';
  return [
    `Suggested weights (ridge logistic regression; ${suggestion.folds}-fold out-of-sample back-test, seed ${suggestion.seed})`,
    '  current  suggested  effect (log-odds, match vs miss)  criterion',
    ...suggestion.weights.map(
      (w) =>
        `  ${String(w.current).padStart(7)}  ${String(w.suggested).padStart(9)}  ${(w.effect >= 0 ? '+' : '') + w.effect.toFixed(2)}${w.kept ? ' (kept: observed on ' + w.observed + ' closed deals)' : ''}  ${w.segmentName}: ${w.label}`,
    ),
    `Out of sample on ${deals} closed deals: current AUC ${auc(current)}, suggested AUC ${auc(suggested)}: ${verdict}`,
  ].join('\n');
}
