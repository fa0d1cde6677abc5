import { describe, expect, it } from 'vitest';
import { backtest } from '../../../lib/core/backtest/backtest';
import { parseDeals } from '../../../lib/core/backtest/parse-deals';
import {
  fitLogistic,
  scoreFromStatuses,
  statusesOf,
  suggestWeights,
} from '../../../lib/core/backtest/suggest';
import { icpConfigSchema } from '../../../lib/core/icp/schema';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { score } from '../../../lib/core/scoring/score';
import { generateDeals, generateMessyExport, PLANTED } from '../../backtest/generate-deals';

// Weighted the wrong way round: the criterion with no bearing on outcomes
// (the stack) weighs most, the one that drives them (industry) least.
const misweighted = icpConfigSchema.parse({
  schemaVersion: 2,
  name: 'Misweighted',
  version: 3,
  tiers: [
    { id: 'a', label: 'A', minScore: 75 },
    { id: 'b', label: 'B', minScore: 40 },
    { id: 'c', label: 'C', minScore: 0 },
  ],
  segments: [
    {
      id: 's',
      name: 'S',
      criteria: [
        {
          id: 'industry',
          label: 'Software',
          weight: 5,
          rule: { field: 'industry', anyOf: [PLANTED.industry] },
        },
        {
          id: 'size',
          label: '50-500',
          weight: 10,
          rule: { field: 'employees', ...PLANTED.employees },
        },
        {
          id: 'hq',
          label: 'Core',
          weight: 15,
          rule: { field: 'hq', countries: PLANTED.countries },
        },
        {
          id: 'stack',
          label: 'Zendesk or Shopify',
          weight: 70,
          rule: { field: 'technologies', anyOf: ['Zendesk', 'Shopify'] },
        },
      ],
    },
  ],
});

describe('fitLogistic', () => {
  it('recovers a known log-odds ratio from grouped rows', () => {
    // 80 of 100 won with the feature, 20 of 100 without: log odds ratio ln(16).
    const rows = [
      { x: Float64Array.of(1, 1), won: 80, n: 100 },
      { x: Float64Array.of(1, 0), won: 20, n: 100 },
    ];
    const beta = fitLogistic(rows, 0);
    expect(beta[1]).toBeCloseTo(Math.log(16), 6);
    expect(beta[0]).toBeCloseTo(Math.log(0.25), 6);
    // The penalty shrinks the coefficient towards zero.
    expect(fitLogistic(rows, 50)[1]).toBeLessThan(beta[1]!);
  });
});

describe('scoreFromStatuses', () => {
  it('gives the score score() gives, on the sample ICP and a messy export', async () => {
    const parsed = await parseDeals(generateMessyExport(800, 9).csv);
    const { columns, statuses } = statusesOf(parsed.deals, sampleIcp);
    const weights = Float64Array.from(columns, (c) => c.criterion.weight);
    const closed = parsed.deals.filter((d) => d.outcome !== 'open');
    closed.forEach((deal, i) => {
      expect(
        scoreFromStatuses(
          statuses,
          i * columns.length,
          columns,
          weights,
          sampleIcp.segments.length,
        ),
      ).toBe(score(deal.facts, sampleIcp).score);
    });
  });
});

describe('suggestWeights', () => {
  it('ranks the planted criterion first and the noise last, and the draft generalises', async () => {
    const parsed = await parseDeals(generateDeals(4000, 21));
    const suggestion = suggestWeights(parsed.deals, misweighted)!;
    const order = suggestion.weights.map((w) => w.criterionId);
    expect(order[0]).toBe('industry');
    expect(order.at(-1)).toBe('stack');
    expect(suggestion.weights.find((w) => w.criterionId === 'stack')!.suggested).toBeLessThan(10);
    // Out of sample the suggested weights beat the misweighted ones, beyond the intervals.
    const { current, suggested } = suggestion.outOfSample;
    expect(suggested!.interval.low).toBeGreaterThan(current!.interval.high);
    // The current ICP's out-of-sample AUC is its plain back-test AUC: it was not fitted.
    expect(current!.auc).toBeCloseTo(backtest(parsed.deals, misweighted).auc!, 10);
    // A valid ICP, same name and version: publishing is the draft flow's job.
    expect(icpConfigSchema.parse(suggestion.draft)).toEqual(suggestion.draft);
    expect(suggestion.draft.version).toBe(misweighted.version);
    expect(misweighted.segments[0]!.criteria[3]!.weight).toBe(70);
  });

  it('is the same for the same seed and differs in folds for another', async () => {
    const parsed = await parseDeals(generateDeals(1500, 4));
    const a = suggestWeights(parsed.deals, misweighted, { seed: 1 })!;
    const b = suggestWeights(parsed.deals, misweighted, { seed: 1 })!;
    const c = suggestWeights(parsed.deals, misweighted, { seed: 2 })!;
    expect(a).toEqual(b);
    expect(c.outOfSample.suggested!.auc).not.toBe(a.outOfSample.suggested!.auc);
  });

  it('keeps the weight of a criterion observed on too few deals', async () => {
    const parsed = await parseDeals(
      'Industry,Stage\n' +
        Array.from({ length: 200 }, (_, i) =>
          i < 10 ? `Software Development,${i % 2 ? 'Won' : 'Lost'}` : `,${i % 3 ? 'Lost' : 'Won'}`,
        ).join('\n'),
    );
    const suggestion = suggestWeights(parsed.deals, misweighted)!;
    const industry = suggestion.weights.find((w) => w.criterionId === 'industry')!;
    expect(industry).toMatchObject({ kept: true, suggested: 5, observed: 10 });
  });

  it('suggests nothing without both won and lost deals', async () => {
    const parsed = await parseDeals('Industry,Stage\nRetail,Won\nBanking,Won\n');
    expect(suggestWeights(parsed.deals, misweighted)).toBeUndefined();
  });
});
