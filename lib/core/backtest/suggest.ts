// Suggested weights: from the same deals, how much each criterion's outcome
// (match, partial, miss, unknown) moves the odds of winning, fitted by an
// L2-regularised logistic regression, turned into a draft ICP whose weights
// follow those effects. Whether the draft generalises is measured out of
// sample: k folds with a fixed seed, each deal scored by weights fitted
// without it. Nothing is published: the draft is handed to the draft flow.

import type { Criterion, IcpConfig } from '../icp/schema';
import { answeredOutcome, evaluateRule } from '../scoring/evaluate-rule';
import type { CriterionStatus } from '../scoring/result';
import type { Deal } from './deal-row';
import { aucWithInterval, type AucEstimate } from './metrics';

export interface SuggestOptions {
  /** Folds of the out-of-sample back-test (default 5). */
  folds?: number;
  /** Seed of the fold assignment (default 17). */
  seed?: number;
  /** Ridge penalty on the coefficients (default 1). */
  l2?: number;
  /** Statuses already computed (by statusesInChunks) for these deals and this ICP. */
  prepared?: Statuses;
}

export interface Statuses {
  columns: Column[];
  statuses: Uint8Array;
  won: Uint8Array;
}

export interface SuggestedWeight {
  segmentId: string;
  segmentName: string;
  criterionId: string;
  label: string;
  current: number;
  suggested: number;
  /** Log-odds of winning when matched minus when missed, from the fit on all deals. */
  effect: number;
  /** Closed deals on which the criterion was observed. */
  observed: number;
  /** Kept at its current weight: observed on too few closed deals to fit. */
  kept: boolean;
}

export interface Suggestion {
  draft: IcpConfig;
  weights: SuggestedWeight[];
  folds: number;
  seed: number;
  /** Both ICPs on the same closed deals; the draft's scores come from weights fitted without each deal. */
  outOfSample: { deals: number; current?: AucEstimate; suggested?: AucEstimate };
}

/** Fewer observed closed deals than this and a criterion keeps its weight. */
export const MIN_OBSERVED = 30;

const STATUS_CODE: Record<CriterionStatus, number> = { unknown: 0, match: 1, partial: 2, miss: 3 };
const CREDIT = [0, 1, 0.5, 0];

interface Column {
  segment: number;
  criterion: Criterion;
  segmentId: string;
  segmentName: string;
}

/** mulberry32, as the tests' generator: the same folds on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The score `score()` gives, from criterion statuses and weights alone:
 * per segment the earned share of observed fit and must-have weight, the
 * best segment chosen as score() chooses it. Deals carry no rep answers.
 */
export function scoreFromStatuses(
  statuses: Uint8Array,
  offset: number,
  columns: readonly Column[],
  weights: Float64Array,
  segments: number,
): number {
  let best: { misses: number; score: number; confidence: number } | undefined;
  for (let s = 0; s < segments; s += 1) {
    let earned = 0;
    let observed = 0;
    let total = 0;
    let misses = 0;
    for (let c = 0; c < columns.length; c += 1) {
      const column = columns[c]!;
      if (column.segment !== s) continue;
      const status = statuses[offset + c]!;
      const w = weights[c]!;
      earned += w * CREDIT[status]!;
      const core = column.criterion.kind === 'fit' || column.criterion.kind === 'must-have';
      if (core) {
        total += w;
        if (status !== 0) observed += w;
      }
      if (column.criterion.kind === 'must-have' && status === 3) misses += 1;
    }
    const score = observed === 0 ? 0 : Math.min(100, Math.round((100 * earned) / observed));
    const confidence = total === 0 ? 0 : Math.round((100 * observed) / total);
    if (
      !best ||
      misses < best.misses ||
      (misses === best.misses &&
        (score > best.score || (score === best.score && confidence > best.confidence)))
    )
      best = { misses, score, confidence };
  }
  return best?.score ?? 0;
}

/** Every closed deal's criterion statuses, one byte each, in column order. */
export function statusesOf(deals: readonly Deal[], icp: IcpConfig): Statuses {
  const prepared = startStatuses(deals, icp);
  prepared.fill(0, prepared.closed.length);
  return prepared.result;
}

/** statusesOf a chunk at a time, calling `pause` between chunks so a page can repaint. */
export async function statusesInChunks(
  deals: readonly Deal[],
  icp: IcpConfig,
  pause: (done: number) => Promise<void>,
  chunk = 2000,
): Promise<Statuses> {
  const prepared = startStatuses(deals, icp);
  for (let i = 0; i < prepared.closed.length; i += chunk) {
    prepared.fill(i, Math.min(prepared.closed.length, i + chunk));
    await pause(Math.min(prepared.closed.length, i + chunk));
  }
  return prepared.result;
}

function startStatuses(deals: readonly Deal[], icp: IcpConfig) {
  const columns: Column[] = icp.segments.flatMap((segment, s) =>
    segment.criteria.map((criterion) => ({
      segment: s,
      criterion,
      segmentId: segment.id,
      segmentName: segment.name,
    })),
  );
  const closed = deals.filter((d) => d.outcome !== 'open');
  const statuses = new Uint8Array(closed.length * columns.length);
  const won = new Uint8Array(closed.length);
  const fill = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const deal = closed[i]!;
      won[i] = deal.outcome === 'won' ? 1 : 0;
      for (let c = 0; c < columns.length; c += 1) {
        const { criterion } = columns[c]!;
        const outcome =
          answeredOutcome(deal.facts, criterion.id) ?? evaluateRule(criterion.rule, deal.facts);
        statuses[i * columns.length + c] = STATUS_CODE[outcome.status];
      }
    }
  };
  return { closed, fill, result: { columns, statuses, won } };
}

/** Distinct status patterns with their counts: the fit runs on these, not on every deal. */
interface Pattern {
  statuses: Uint8Array;
  /** Won and all closed deals with this pattern, per fold. */
  won: Float64Array;
  n: Float64Array;
}

function patternsOf(
  statuses: Uint8Array,
  won: Uint8Array,
  width: number,
  fold: Uint8Array,
  folds: number,
): Pattern[] {
  const byKey = new Map<string, Pattern>();
  for (let i = 0; i < won.length; i += 1) {
    const row = statuses.subarray(i * width, (i + 1) * width);
    const key = row.join('');
    let p = byKey.get(key);
    if (!p) {
      p = { statuses: row, won: new Float64Array(folds), n: new Float64Array(folds) };
      byKey.set(key, p);
    }
    const f = fold[i]!;
    p.n[f] = p.n[f]! + 1;
    p.won[f] = p.won[f]! + won[i]!;
  }
  return [...byKey.values()];
}

/** Features of a pattern: intercept, then match, partial, miss indicators per criterion. */
function features(statuses: Uint8Array): Float64Array {
  const x = new Float64Array(1 + 3 * statuses.length);
  x[0] = 1;
  for (let c = 0; c < statuses.length; c += 1) {
    const s = statuses[c]!;
    if (s !== 0) x[1 + 3 * c + (s - 1)] = 1;
  }
  return x;
}

/**
 * Ridge logistic regression by Newton steps on grouped rows: `won` of `n`
 * deals share features x. The intercept is not penalised.
 */
export function fitLogistic(
  rows: { x: Float64Array; won: number; n: number }[],
  l2: number,
): Float64Array {
  const k = rows[0]?.x.length ?? 1;
  const beta = new Float64Array(k);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const gradient = new Float64Array(k);
    const hessian = new Float64Array(k * k);
    for (const { x, won, n } of rows) {
      if (n === 0) continue;
      let eta = 0;
      for (let j = 0; j < k; j += 1) eta += beta[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-eta));
      const residual = won - n * p;
      const w = n * p * (1 - p);
      for (let a = 0; a < k; a += 1) {
        if (x[a] === 0) continue;
        gradient[a] = gradient[a]! + residual * x[a]!;
        for (let b = 0; b < k; b += 1)
          if (x[b] !== 0) hessian[a * k + b] = hessian[a * k + b]! + w * x[a]! * x[b]!;
      }
    }
    for (let j = 1; j < k; j += 1) {
      gradient[j] = gradient[j]! - l2 * beta[j]!;
      hessian[j * k + j] = hessian[j * k + j]! + l2;
    }
    hessian[0] = hessian[0]! + 1e-9;
    const step = solve(hessian, gradient, k);
    let change = 0;
    for (let j = 0; j < k; j += 1) {
      beta[j] = beta[j]! + step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-8) break;
  }
  return beta;
}

/** Solves A x = b for a symmetric positive definite A (Gaussian elimination with pivoting). */
function solve(matrix: Float64Array, vector: Float64Array, k: number): Float64Array {
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(vector);
  for (let col = 0; col < k; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < k; r += 1)
      if (Math.abs(a[r * k + col]!) > Math.abs(a[pivot * k + col]!)) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < k; c += 1) {
        const t = a[col * k + c]!;
        a[col * k + c] = a[pivot * k + c]!;
        a[pivot * k + c] = t;
      }
      const t = b[col]!;
      b[col] = b[pivot]!;
      b[pivot] = t;
    }
    const d = a[col * k + col]!;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = col + 1; r < k; r += 1) {
      const f = a[r * k + col]! / d;
      if (f === 0) continue;
      for (let c = col; c < k; c += 1) a[r * k + c] = a[r * k + c]! - f * a[col * k + c]!;
      b[r] = b[r]! - f * b[col]!;
    }
  }
  const x = new Float64Array(k);
  for (let r = k - 1; r >= 0; r -= 1) {
    let sum = b[r]!;
    for (let c = r + 1; c < k; c += 1) sum -= a[r * k + c]! * x[c]!;
    const d = a[r * k + r]!;
    x[r] = Math.abs(d) < 1e-12 ? 0 : sum / d;
  }
  return x;
}

/**
 * Weights from effects: within each segment, the criteria observed often
 * enough share the weight they have today in proportion to their effect
 * (a criterion with no positive effect gets the least weight, 1); the rest
 * keep their weight.
 */
function weightsFromEffects(
  columns: readonly Column[],
  effects: Float64Array,
  observed: Float64Array,
): Float64Array {
  const weights = new Float64Array(columns.length);
  const segments = new Set(columns.map((c) => c.segment));
  for (const s of segments) {
    const fitted: number[] = [];
    let budget = 0;
    let effectSum = 0;
    columns.forEach((column, c) => {
      if (column.segment !== s) return;
      weights[c] = column.criterion.weight;
      if (observed[c]! < MIN_OBSERVED) return;
      fitted.push(c);
      budget += column.criterion.weight;
      effectSum += Math.max(0, effects[c]!);
    });
    if (effectSum <= 0) continue;
    for (const c of fitted)
      weights[c] = Math.min(
        100,
        Math.max(1, Math.round((budget * Math.max(0, effects[c]!)) / effectSum)),
      );
  }
  return weights;
}

function fitWeights(
  patterns: Pattern[],
  columns: readonly Column[],
  exclude: number | undefined,
  l2: number,
): { weights: Float64Array; effects: Float64Array; observed: Float64Array } {
  const observed = new Float64Array(columns.length);
  const rows = patterns.map((p) => {
    let won = 0;
    let n = 0;
    for (let f = 0; f < p.n.length; f += 1) {
      if (f === exclude) continue;
      won += p.won[f]!;
      n += p.n[f]!;
    }
    for (let c = 0; c < columns.length; c += 1)
      if (p.statuses[c] !== 0) observed[c] = observed[c]! + n;
    return { x: features(p.statuses), won, n };
  });
  const beta = fitLogistic(rows, l2);
  const effects = new Float64Array(columns.length);
  for (let c = 0; c < columns.length; c += 1) effects[c] = beta[1 + 3 * c]! - beta[1 + 3 * c + 2]!;
  return { weights: weightsFromEffects(columns, effects, observed), effects, observed };
}

/**
 * Fits the criteria's outcomes to won and lost and proposes a draft ICP with
 * new weights, with both ICPs' AUC measured out of sample. Undefined when
 * there are no won or no lost deals.
 */
export function suggestWeights(
  deals: readonly Deal[],
  icp: IcpConfig,
  options: SuggestOptions = {},
): Suggestion | undefined {
  const folds = Math.max(2, Math.min(20, options.folds ?? 5));
  const seed = options.seed ?? 17;
  const l2 = options.l2 ?? 1;
  const { columns, statuses, won } = options.prepared ?? statusesOf(deals, icp);
  const wins = won.reduce((a, b) => a + b, 0);
  if (wins === 0 || wins === won.length || columns.length === 0) return undefined;

  // Fold of each closed deal: a seeded shuffle dealt round-robin, so folds are even.
  const order = Array.from(won, (_, i) => i);
  const random = seeded(seed);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Uint8Array(won.length);
  order.forEach((deal, position) => (fold[deal] = position % folds));

  const width = columns.length;
  const patterns = patternsOf(statuses, won, width, fold, folds);
  const segments = icp.segments.length;
  const current = Float64Array.from(columns, (c) => c.criterion.weight);
  const currentScores: { score: number; won: boolean }[] = [];
  const suggestedScores: { score: number; won: boolean }[] = [];
  const foldWeights = Array.from({ length: folds }, (_, f) => fitWeights(patterns, columns, f, l2));
  for (let i = 0; i < won.length; i += 1) {
    const isWon = won[i] === 1;
    currentScores.push({
      score: scoreFromStatuses(statuses, i * width, columns, current, segments),
      won: isWon,
    });
    suggestedScores.push({
      score: scoreFromStatuses(
        statuses,
        i * width,
        columns,
        foldWeights[fold[i]!]!.weights,
        segments,
      ),
      won: isWon,
    });
  }

  const all = fitWeights(patterns, columns, undefined, l2);
  const draft: IcpConfig = structuredClone(icp);
  let c = 0;
  for (const segment of draft.segments)
    for (const criterion of segment.criteria) criterion.weight = all.weights[c++]!;

  const weights: SuggestedWeight[] = columns
    .map((column, i) => ({
      segmentId: column.segmentId,
      segmentName: column.segmentName,
      criterionId: column.criterion.id,
      label: column.criterion.label,
      current: column.criterion.weight,
      suggested: all.weights[i]!,
      effect: all.effects[i]!,
      observed: all.observed[i]!,
      kept: all.observed[i]! < MIN_OBSERVED,
    }))
    .sort((a, b) => b.suggested - a.suggested || b.effect - a.effect);
  const currentAuc = aucWithInterval(currentScores);
  const suggestedAuc = aucWithInterval(suggestedScores);
  return {
    draft,
    weights,
    folds,
    seed,
    outOfSample: {
      deals: won.length,
      ...(currentAuc && { current: currentAuc }),
      ...(suggestedAuc && { suggested: suggestedAuc }),
    },
  };
}
