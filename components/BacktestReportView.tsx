import type { BacktestReport } from '@/lib/core/backtest/backtest';

const pct = (n: number | undefined) => (n === undefined ? '–' : `${(100 * n).toFixed(1)}%`);

/** One back-test: deals and win rate per tier as a table and a bar chart, then each criterion. */
export function BacktestReportView({ title, report }: { title: string; report: BacktestReport }) {
  return (
    <article className="report" data-testid="backtest-report">
      <h3>{title}</h3>
      <p data-testid="backtest-summary">
        {report.rows.toLocaleString()} rows, {report.closed.toLocaleString()} closed,{' '}
        {report.rejected.toLocaleString()} rejected. Base win rate {pct(report.baseWinRate)}; top
        tier {report.topTier?.label ?? '–'} wins {pct(report.topTier?.winRate)} (lift{' '}
        {report.topTier?.lift?.toFixed(2) ?? '–'}×); ROC AUC {report.auc?.toFixed(3) ?? '–'}.
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
            </tr>
          ))}
        </tbody>
      </table>
      <WinRateChart report={report} />
      <table>
        <caption>Criteria: win rate when matched and when not</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Matched</th>
            <th scope="col">Not matched</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {report.criteria.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.label}</th>
              <td>
                {pct(c.winRateWith)} of {c.withClosed}
              </td>
              <td>
                {pct(c.winRateWithout)} of {c.withoutClosed}
              </td>
              <td>
                {c.separation === undefined
                  ? '–'
                  : `${c.separation >= 0 ? '+' : ''}${(100 * c.separation).toFixed(1)} pts`}
                {c.separation !== undefined && Math.abs(c.separation) < 0.05 && ' (noise?)'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.errors.length > 0 && (
        <details>
          <summary>{report.errors.length} rejected rows</summary>
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

function WinRateChart({ report }: { report: BacktestReport }) {
  const rows = report.tiers.filter((t) => t.winRate !== undefined);
  const width = 320;
  const bar = 22;
  const height = rows.length * (bar + 8) + 8;
  return (
    <svg
      role="img"
      aria-label={`Win rate per tier: ${rows.map((t) => `${t.label} ${pct(t.winRate)}`).join(', ')}`}
      width={width}
      height={height}
      className="chart"
    >
      {rows.map((t, i) => {
        const y = 8 + i * (bar + 8);
        const w = Math.max(2, (width - 140) * (t.winRate ?? 0));
        return (
          <g key={t.tierId}>
            <text x={0} y={y + bar * 0.7} className="chart__label">
              {t.label}
            </text>
            <rect x={90} y={y} width={w} height={bar} className="chart__bar" />
            <text x={96 + w} y={y + bar * 0.7} className="chart__label">
              {pct(t.winRate)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
