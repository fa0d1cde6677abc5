/**
 * Area under the ROC curve: the chance that a randomly chosen won deal
 * scored higher than a randomly chosen lost one (ties count half). Computed
 * from ranks (Mann-Whitney U), so 100,000 deals take one sort.
 */
export function rocAuc(scored: { score: number; won: boolean }[]): number | undefined {
  const wins = scored.filter((s) => s.won).length;
  const losses = scored.length - wins;
  if (wins === 0 || losses === 0) return undefined;
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let rankSumWins = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j += 1;
    // Tied scores share the average of the ranks they span (1-based).
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k += 1) if (sorted[k]!.won) rankSumWins += averageRank;
    i = j;
  }
  return (rankSumWins - (wins * (wins + 1)) / 2) / (wins * losses);
}

export function rate(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}

export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** Wilson score interval for a proportion: honest near 0, 1 and for small counts. */
export function wilson(part: number, whole: number, z = Z95): Interval | undefined {
  if (whole === 0) return undefined;
  const p = part / whole;
  const z2 = z * z;
  const centre = (p + z2 / (2 * whole)) / (1 + z2 / whole);
  const half = (z * Math.sqrt((p * (1 - p)) / whole + z2 / (4 * whole * whole))) / (1 + z2 / whole);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Newcombe's interval (method 10) for a difference of two proportions
 * p1 - p2, built from their Wilson intervals.
 */
export function differenceInterval(
  won1: number,
  n1: number,
  won2: number,
  n2: number,
): Interval | undefined {
  const a = wilson(won1, n1);
  const b = wilson(won2, n2);
  if (!a || !b) return undefined;
  const p1 = won1 / n1;
  const p2 = won2 / n2;
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: d + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}

export interface AucEstimate {
  auc: number;
  /** DeLong's standard error of the AUC. */
  se: number;
  interval: Interval;
}

/**
 * ROC AUC with DeLong's variance, computed from ranks in one sort (the fast
 * form of Sun & Xu, 2014): each won deal's share of lost deals it outscores,
 * and each lost deal's share of won deals that outscore it.
 */
export function aucWithInterval(
  scored: { score: number; won: boolean }[],
): AucEstimate | undefined {
  const m = scored.filter((s) => s.won).length;
  const n = scored.length - m;
  if (m === 0 || n === 0) return undefined;
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  // Midranks among all deals, among won deals only and among lost deals only.
  const overall = new Float64Array(sorted.length);
  const within = new Float64Array(sorted.length);
  let wonBelow = 0;
  let lostBelow = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    let wonTied = 0;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) {
      if (sorted[j]!.won) wonTied += 1;
      j += 1;
    }
    const lostTied = j - i - wonTied;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k += 1) {
      overall[k] = rank;
      within[k] = sorted[k]!.won ? wonBelow + (wonTied + 1) / 2 : lostBelow + (lostTied + 1) / 2;
    }
    wonBelow += wonTied;
    lostBelow += lostTied;
    i = j;
  }
  let sumWon = 0;
  let sumV10 = 0;
  let sumV10Sq = 0;
  let sumV01 = 0;
  let sumV01Sq = 0;
  for (let k = 0; k < sorted.length; k += 1) {
    if (sorted[k]!.won) {
      sumWon += overall[k]!;
      const v10 = (overall[k]! - within[k]!) / n;
      sumV10 += v10;
      sumV10Sq += v10 * v10;
    } else {
      const v01 = 1 - (overall[k]! - within[k]!) / m;
      sumV01 += v01;
      sumV01Sq += v01 * v01;
    }
  }
  const auc = (sumWon - (m * (m + 1)) / 2) / (m * n);
  const s10 = m > 1 ? (sumV10Sq - (sumV10 * sumV10) / m) / (m - 1) : 0;
  const s01 = n > 1 ? (sumV01Sq - (sumV01 * sumV01) / n) / (n - 1) : 0;
  const se = Math.sqrt(Math.max(0, s10 / m + s01 / n));
  return {
    auc,
    se,
    interval: { low: Math.max(0, auc - Z95 * se), high: Math.min(1, auc + Z95 * se) },
  };
}
