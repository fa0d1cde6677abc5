import type { BacktestReport } from '@/lib/core/backtest/backtest';
import { liftVerdictText, separationVerdictText } from '@/lib/core/backtest/format-report';
import type { Interval } from '@/lib/core/backtest/metrics';

const pct = (n: number | undefined) => (n === undefined ? '–' : `${(100 * n).toFixed(1)}%`);
const pctRange = (i: Interval | undefined) => (i ? `${pct(i.low)} to ${pct(i.high)}` : '–');
const pts = (n: number) => `${n >= 0 ? '+' : ''}${(100 * n).toFixed(1)}`;

const TIER_VERDICT = {
  higher: 'above the base rate',
  lower: 'below the base rate',
  'not distinguishable': 'not distinguishable from the base rate',
  'too few deals': 'too few deals',
} as const;

/** One back-test: deals and win rate per tier with intervals, as a table and a chart, then each criterion and what could not be read. */
export function BacktestReportView({ title, report }: { title: string; report: BacktestReport }) {
  const r = report.reading;
  const top = report.topTier;
  return (
    <article className="report" data-testid="backtest-report">
      <h3>{title}</h3>
      <p data-testid="backtest-reading">
        {r
          ? `${r.rowsRead.toLocaleString()} rows read: ${r.kept.toLocaleString()} deals kept (${r.withUnknownFields.toLocaleString()} with unknown fields), ${r.setAside.toLocaleString()} set aside, ${r.duplicates.toLocaleString()} duplicate deal ids counted once.`
          : `${report.rows.toLocaleString()} rows, ${report.rejected.toLocaleString()} set aside.`}
      </p>
      <p data-testid="backtest-summary">
        {report.closed.toLocaleString()} closed. Base win rate {pct(report.baseWinRate)}; top tier{' '}
        {top?.label ?? '–'} wins {pct(top?.winRate)} ({pctRange(top?.winRateInterval)}), lift{' '}
        {top?.lift?.toFixed(2) ?? '–'}×
        {top?.liftInterval &&
          ` (${top.liftInterval.low.toFixed(2)} to ${top.liftInterval.high.toFixed(2)})`}
        : <span data-testid="lift-verdict">{top ? liftVerdictText(top.verdict) : '–'}</span>. ROC
        AUC {report.auc?.toFixed(3) ?? '–'}
        {report.aucInterval &&
          ` (95% interval ${report.aucInterval.low.toFixed(3)} to ${report.aucInterval.high.toFixed(3)})`}
        .
      </p>
      <table>
        <caption className="visually-hidden">Deals and win rate per tier</caption>
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Deals</th>
            <th scope="col">Won</th>
            <th scope="col">Lost</th>
            <th scope="col">Open</th>
            <th scope="col">Win rate</th>
            <th scope="col">95% interval</th>
            <th scope="col">Against the base rate</th>
          </tr>
        </thead>
        <tbody>
          {report.tiers.map((t) => (
            <tr key={t.tierId} data-testid="tier-row" data-tier={t.tierId}>
              <th scope="row">{t.label}</th>
              <td>{t.deals}</td>
              <td>{t.won}</td>
              <td>{t.lost}</td>
              <td>{t.open}</td>
              <td data-testid="tier-win-rate">{pct(t.winRate)}</td>
              <td data-testid="tier-interval">{pctRange(t.winRateInterval)}</td>
              <td data-testid="tier-verdict">{TIER_VERDICT[t.verdict]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <WinRateChart report={report} />
      <table>
        <caption>Criteria: win rate when matched and when observed but not matched</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Matched</th>
            <th scope="col">Not matched</th>
            <th scope="col">Difference (95% interval)</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {report.criteria.map((c) => (
            <tr key={c.key} data-testid="criterion-row">
              <th scope="row">{c.label}</th>
              <td>
                {pct(c.winRateWith)} of {c.withClosed}
              </td>
              <td>
                {pct(c.winRateWithout)} of {c.withoutClosed}
              </td>
              <td>
                {c.separation === undefined ? '–' : `${pts(c.separation)} pts`}
                {c.separationInterval &&
                  ` (${pts(c.separationInterval.low)} to ${pts(c.separationInterval.high)})`}
              </td>
              <td>{separationVerdictText(c.verdict)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r && r.notes.length > 0 && (
        <details>
          <summary>{r.notes.length} values read with a note</summary>
          <ul data-testid="read-notes">
            {r.notes.slice(0, 200).map((n) => (
              <li key={`${n.column}-${n.value}`}>
                {n.column}: {n.note} ({n.rows} rows, first row {n.firstRow})
              </li>
            ))}
          </ul>
        </details>
      )}
      {r && r.unreadCount > 0 && (
        <details>
          <summary>{r.unreadCount} fields could not be read (unknown for those deals)</summary>
          <ul data-testid="unread-fields">
            {r.unread.slice(0, 200).map((u) => (
              <li key={`${u.row}-${u.column}`}>
                Row {u.row}, column “{u.column}”: “{u.value}” (tried {u.tried})
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.errors.length > 0 && (
        <details>
          <summary>{report.rejected} rows set aside</summary>
          <ul data-testid="rejected-rows">
            {report.errors.slice(0, 200).map((e) => (
              <li key={`${e.row}-${e.problem}`}>
                Row {e.row}: {e.problem}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

/** Win rate per tier as bars, each with its 95% interval as a whisker and the base rate as a line. */
function WinRateChart({ report }: { report: BacktestReport }) {
  const rows = report.tiers.filter((t) => t.winRate !== undefined);
  const width = 360;
  const bar = 22;
  const left = 90;
  const span = width - 170;
  const height = rows.length * (bar + 8) + 8;
  const x = (p: number) => left + span * p;
  return (
    <svg
      role="img"
      aria-label={`Win rate per tier with 95% intervals: ${rows.map((t) => `${t.label} ${pct(t.winRate)} (${pctRange(t.winRateInterval)})${t.verdict === 'too few deals' ? ', too few deals' : ''}`).join('; ')}`}
      width={width}
      height={height}
      className="chart"
    >
      {rows.map((t, i) => {
        const y = 8 + i * (bar + 8);
        const w = Math.max(2, span * (t.winRate ?? 0));
        return (
          <g key={t.tierId}>
            <text x={0} y={y + bar * 0.7} className="chart__label">
              {t.label}
            </text>
            <rect
              x={left}
              y={y}
              width={w}
              height={bar}
              className="chart__bar"
              opacity={t.verdict === 'too few deals' ? 0.4 : 1}
            />
            {t.winRateInterval && (
              <line
                x1={x(t.winRateInterval.low)}
                x2={x(t.winRateInterval.high)}
                y1={y + bar / 2}
                y2={y + bar / 2}
                stroke="currentColor"
                strokeWidth={2}
              />
            )}
            <text
              x={x(t.winRateInterval?.high ?? t.winRate ?? 0) + 6}
              y={y + bar * 0.7}
              className="chart__label"
            >
              {pct(t.winRate)}
              {t.verdict === 'too few deals' ? ' (too few)' : ''}
            </text>
          </g>
        );
      })}
      {report.baseWinRate !== undefined && (
        <line
          x1={x(report.baseWinRate)}
          x2={x(report.baseWinRate)}
          y1={0}
          y2={height}
          stroke="currentColor"
          strokeDasharray="4 3"
        />
      )}
    </svg>
  );
}
