import { describe, expect, it } from 'vitest';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { score } from '../../../lib/core/scoring/score';
import { benchRescore, FACTS_PERIOD, makeAccount, quantile, spread } from '../../bench/rescore';

// The bench itself runs 100,000 accounts in Chromium from `npm run bench`
// (tests/bench/rescore-in-chromium.ts); here only that it measures both
// sides and cleans up. No timing is asserted.
describe('benchRescore', () => {
  it('times an update against a plain bulkPut of the same accounts', async () => {
    const result = await benchRescore(300, { dbName: 'bench-test', rounds: 3 });
    expect(result.accounts).toBe(300);
    expect(result.rounds).toHaveLength(3);
    expect(result.rescoreMs).toBeGreaterThan(0);
    expect(result.bulkPutMs).toBeGreaterThan(0);
    const ratios = result.rounds.map((r) => r.rescoreMs / r.bulkPutMs).sort((a, b) => a - b);
    expect(result.ratio).toBeCloseTo(ratios[1]!);
    expect(result.noise).toBeGreaterThanOrEqual(0);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('bench-test');
  });

  it("stores each account with the sample ICP's own score of its facts", () => {
    for (let i = 0; i < 3 * FACTS_PERIOD; i += 7) {
      const account = makeAccount(i);
      expect(account.score).toEqual(score(account.facts, sampleIcp));
    }
  });

  it('summarises rounds with quantiles and a relative spread', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(spread([1, 2, 3, 4, 5])).toBe(2 / 3);
  });
});
