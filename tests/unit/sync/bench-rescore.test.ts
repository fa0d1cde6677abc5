import { describe, expect, it } from 'vitest';
import { benchRescore } from '../../../lib/sync/bench-rescore';

// The bench itself runs 100,000 accounts from `npm run bench`; here only
// that it measures both sides and cleans up. No timing is asserted.
describe('benchRescore', () => {
  it('times an update against a plain bulkPut of the same accounts', async () => {
    const result = await benchRescore(300, { dbName: 'bench-test', rounds: 1 });
    expect(result.accounts).toBe(300);
    expect(result.rescoreMs).toBeGreaterThan(0);
    expect(result.bulkPutMs).toBeGreaterThan(0);
    expect(result.ratio).toBeCloseTo(result.rescoreMs / result.bulkPutMs);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('bench-test');
  });
});
