import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aucWithInterval,
  differenceInterval,
  rocAuc,
  wilson,
} from '../../../lib/core/backtest/metrics';

/** DeLong's structural components the slow way, pair by pair. */
function bruteDeLong(scored: { score: number; won: boolean }[]) {
  const wins = scored.filter((s) => s.won).map((s) => s.score);
  const losses = scored.filter((s) => !s.won).map((s) => s.score);
  const psi = (x: number, y: number) => (x > y ? 1 : x === y ? 0.5 : 0);
  const v10 = wins.map((x) => losses.reduce((a, y) => a + psi(x, y), 0) / losses.length);
  const v01 = losses.map((y) => wins.reduce((a, x) => a + psi(x, y), 0) / wins.length);
  const auc = v10.reduce((a, b) => a + b, 0) / wins.length;
  const variance = (v: number[]) => {
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    return v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1);
  };
  return { auc, se: Math.sqrt(variance(v10) / wins.length + variance(v01) / losses.length) };
}

describe('wilson', () => {
  it('matches a published value', () => {
    // 8 of 10: Wilson 95% interval 0.490 to 0.943 (Newcombe 1998, table I).
    const i = wilson(8, 10)!;
    expect(i.low).toBeCloseTo(0.4902, 3);
    expect(i.high).toBeCloseTo(0.9433, 3);
  });

  it('stays inside 0..1 and is undefined for no deals', () => {
    expect(wilson(0, 5)!.low).toBe(0);
    expect(wilson(5, 5)!.high).toBe(1);
    expect(wilson(0, 0)).toBeUndefined();
  });
});

describe('differenceInterval', () => {
  it('matches Newcombe method 10 on his example', () => {
    // 56/70 vs 48/80: difference 0.2, interval 0.0524 to 0.3339 (Newcombe 1998b).
    const i = differenceInterval(56, 70, 48, 80)!;
    expect(i.low).toBeCloseTo(0.0524, 3);
    expect(i.high).toBeCloseTo(0.3339, 3);
  });
});

describe('aucWithInterval', () => {
  it('agrees with rocAuc and with DeLong computed pair by pair, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 6 }), won: fc.boolean() }), {
          minLength: 4,
          maxLength: 60,
        }),
        (scored) => {
          const wins = scored.filter((s) => s.won).length;
          fc.pre(wins >= 2 && scored.length - wins >= 2);
          const fast = aucWithInterval(scored)!;
          const slow = bruteDeLong(scored);
          expect(fast.auc).toBeCloseTo(rocAuc(scored)!, 10);
          expect(fast.auc).toBeCloseTo(slow.auc, 10);
          expect(fast.se).toBeCloseTo(slow.se, 10);
        },
      ),
      { seed: 17, numRuns: 300 },
    );
  });
});
