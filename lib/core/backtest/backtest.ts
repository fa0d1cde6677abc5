import type { IcpConfig } from '../icp/schema';
import { score } from '../scoring/score';
import type { ScoreResult } from '../scoring/result';
import type { Deal, RowError } from './deal-row';
import { aucWithInterval, differenceInterval, rate, wilson, type Interval } from './metrics';
import type { ReadSummary } from './parse-deals';

/** Under this many closed deals a tier's win rate says little: the report says so. */
export const MIN_CLOSED_DEALS = 30;

/** Whether an interval lies above, below or across a reference value. */
export type Verdict = 'higher' | 'lower' | 'not distinguishable' | 'too few deals';

function verdictOf(interval: Interval | undefined, reference: number, closed: number): Verdict {
  if (closed < MIN_CLOSED_DEALS || !interval) return 'too few deals';
  if (interval.low > reference) return 'higher';
  if (interval.high < reference) return 'lower';
  return 'not distinguishable';
}

export interface TierRow {
  tierId: string;
  label: string;
  deals: number;
  won: number;
  lost: number;
  open: number;
  winRate?: number;
  /** 95% Wilson interval of the win rate. */
  winRateInterval?: Interval;
  /** Win rate against the base rate: "higher" only when the interval excludes it. */
  verdict: Verdict;
  /** Share of closed deal value that was won, where values are given. */
  valueWinRate?: number;
}

export interface CriterionRow {
  key: string;
  label: string;
  /** Closed deals where the criterion matched, and how many of them were won. */
  withClosed: number;
  withWon: number;
  /** Closed deals where it was observed and did not match. */
  withoutClosed: number;
  withoutWon: number;
  winRateWith?: number;
  winRateWithout?: number;
  /** Win rate with minus without: how well the criterion separates won from lost. */
  separation?: number;
  /** 95% interval of the separation (Newcombe). */
  separationInterval?: Interval;
  /** "higher" when matching wins more often beyond doubt; "too few deals" under 30 either side. */
  verdict: Verdict;
}

export interface BacktestReport {
  icpName: string;
  icpVersion: number;
  rows: number;
  rejected: number;
  closed: number;
  won: number;
  baseWinRate?: number;
  auc?: number;
  /** 95% DeLong interval of the AUC. */
  aucInterval?: Interval;
  tiers: TierRow[];
  topTier?: {
    tierId: string;
    label: string;
    winRate?: number;
    winRateInterval?: Interval;
    lift?: number;
    /** The lift's 95% interval: the tier's Wilson interval over the base rate. */
    liftInterval?: Interval;
    verdict: Verdict;
  };
  criteria: CriterionRow[];
  errors: RowError[];
  /** How the file was read, when it came from parseDeals. */
  reading?: ReadSummary;
}

export interface BacktestOptions {
  reading?: ReadSummary;
  /** Called with each deal's score, for a scores file. */
  onScore?: (deal: Deal, result: ScoreResult) => void;
  /** Scores already computed (by scoreInChunks), one per deal in order. */
  results?: readonly ScoreResult[];
}

/**
 * Every deal's score, a chunk at a time, calling `pause` between chunks so
 * a page can repaint: pass the results to backtest() as `results`.
 */
export async function scoreInChunks(
  deals: readonly Deal[],
  icp: IcpConfig,
  pause: (done: number) => Promise<void>,
  chunk = 2000,
): Promise<ScoreResult[]> {
  const results: ScoreResult[] = [];
  for (let i = 0; i < deals.length; i += chunk) {
    for (const deal of deals.slice(i, i + chunk)) results.push(score(deal.facts, icp));
    await pause(Math.min(deals.length, i + chunk));
  }
  return results;
}

/**
 * Scores every deal with the ICP and asks how well the score sorts won from
 * lost: win rate per tier, the top tier's lift over the base rate, ROC AUC
 * of the score, and per criterion the win rate with and without a match.
 * Open deals are counted per tier but never in a win rate.
 */
export function backtest(
  deals: Deal[],
  icp: IcpConfig,
  errors: RowError[] = [],
  options: BacktestOptions = {},
): BacktestReport {
  const tierOrder = [
    ...[...icp.tiers]
      .sort((a, b) => b.minScore - a.minScore)
      .map((t) => ({ id: t.id, label: t.label })),
    { id: 'needs-discovery', label: 'Needs discovery' },
    { id: 'unknown', label: 'Unknown' },
  ];
  const tiers = new Map<string, TierRow & { valueWon: number; valueClosed: number }>(
    tierOrder.map((t) => [
      t.id,
      {
        tierId: t.id,
        label: t.label,
        deals: 0,
        won: 0,
        lost: 0,
        open: 0,
        verdict: 'too few deals' as Verdict,
        valueWon: 0,
        valueClosed: 0,
      },
    ]),
  );
  const criteria = new Map<string, CriterionRow>();
  const scored: { score: number; won: boolean }[] = [];
  let won = 0;
  let closed = 0;

  for (const [index, deal] of deals.entries()) {
    const result = options.results?.[index] ?? score(deal.facts, icp);
    options.onScore?.(deal, result);
    const tier = tiers.get(result.tier.id)!;
    tier.deals += 1;
    if (deal.outcome === 'open') {
      tier.open += 1;
      continue;
    }
    const isWon = deal.outcome === 'won';
    closed += 1;
    if (isWon) won += 1;
    tier[isWon ? 'won' : 'lost'] += 1;
    if (deal.value !== undefined) {
      tier.valueClosed += deal.value;
      if (isWon) tier.valueWon += deal.value;
    }
    scored.push({ score: result.score, won: isWon });
    for (const c of result.criteria) {
      if (c.status === 'unknown') continue;
      const key = `${result.segmentId}/${c.id}`;
      let row = criteria.get(key);
      if (!row) {
        row = {
          key,
          label: `${result.segmentName}: ${c.label}`,
          withClosed: 0,
          withWon: 0,
          withoutClosed: 0,
          withoutWon: 0,
          verdict: 'too few deals',
        };
        criteria.set(key, row);
      }
      if (c.status === 'match') {
        row.withClosed += 1;
        if (isWon) row.withWon += 1;
      } else {
        row.withoutClosed += 1;
        if (isWon) row.withoutWon += 1;
      }
    }
  }

  const baseWinRate = rate(won, closed);
  const tierRows: TierRow[] = [...tiers.values()]
    .filter((t) => t.deals > 0 || icp.tiers.some((i) => i.id === t.tierId))
    .map(({ valueWon, valueClosed, ...t }) => {
      const interval = wilson(t.won, t.won + t.lost);
      return {
        ...t,
        ...(rate(t.won, t.won + t.lost) !== undefined && { winRate: rate(t.won, t.won + t.lost) }),
        ...(interval && { winRateInterval: interval }),
        verdict: verdictOf(interval, baseWinRate ?? 0, t.won + t.lost),
        ...(valueClosed > 0 && { valueWinRate: valueWon / valueClosed }),
      };
    });
  const top = tierRows.find((t) => icp.tiers.some((i) => i.id === t.tierId) && t.won + t.lost > 0);
  const criterionRows = [...criteria.values()]
    .map((r) => {
      const withRate = rate(r.withWon, r.withClosed);
      const withoutRate = rate(r.withoutWon, r.withoutClosed);
      const interval = differenceInterval(r.withWon, r.withClosed, r.withoutWon, r.withoutClosed);
      return {
        ...r,
        ...(interval && { separationInterval: interval }),
        verdict: verdictOf(interval, 0, Math.min(r.withClosed, r.withoutClosed)),
        ...(withRate !== undefined && { winRateWith: withRate }),
        ...(withoutRate !== undefined && { winRateWithout: withoutRate }),
        ...(withRate !== undefined &&
          withoutRate !== undefined && { separation: withRate - withoutRate }),
      };
    })
    .sort((a, b) => (b.separation ?? -Infinity) - (a.separation ?? -Infinity));
  const aucEstimate = aucWithInterval(scored);

  return {
    icpName: icp.name,
    icpVersion: icp.version,
    rows: options.reading?.rowsRead ?? deals.length + errors.length,
    rejected: options.reading?.setAside ?? errors.length,
    closed,
    won,
    ...(baseWinRate !== undefined && { baseWinRate }),
    ...(aucEstimate && { auc: aucEstimate.auc, aucInterval: aucEstimate.interval }),
    tiers: tierRows,
    ...(top && {
      topTier: {
        tierId: top.tierId,
        label: top.label,
        ...(top.winRate !== undefined && { winRate: top.winRate }),
        ...(top.winRateInterval && { winRateInterval: top.winRateInterval }),
        ...(top.winRate !== undefined && baseWinRate && { lift: top.winRate / baseWinRate }),
        ...(top.winRateInterval &&
          baseWinRate && {
            liftInterval: {
              low: top.winRateInterval.low / baseWinRate,
              high: top.winRateInterval.high / baseWinRate,
            },
          }),
        verdict: top.verdict,
      },
    }),
    criteria: criterionRows,
    errors,
    ...(options.reading && { reading: options.reading }),
  };
}
