import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { icpConfigSchema, type IcpConfig } from '../../../lib/core/icp/schema';
import { answeredOutcome, evaluateRule } from '../../../lib/core/scoring/evaluate-rule';
import type { RepAnswer, ScoringFacts } from '../../../lib/core/scoring/facts';
import type { TierRef } from '../../../lib/core/scoring/result';
import { score, tiersBestFirst } from '../../../lib/core/scoring/score';
import { oneAnswerFromNextTier, tierOutlook } from '../../../lib/core/scoring/tier-path';

const IDS = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
const INDUSTRIES = ['Software Development', 'Banking', 'Government Administration'];

const ruleArb = fc.oneof(
  fc.constant({ field: 'answer' as const }),
  fc.constantFrom(...INDUSTRIES).map((i) => ({ field: 'industry' as const, anyOf: [i] })),
  fc
    .tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }))
    .map(([min, span]) => ({ field: 'employees' as const, min, max: min + span })),
);

const criterionArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    label: fc.constant(`Criterion ${id}`),
    weight: fc.integer({ min: 1, max: 100 }),
    kind: fc.constantFrom('fit', 'must-have', 'bonus', 'competitor'),
    rule: ruleArb,
  });

const segmentArb = (index: number) =>
  fc
    .subarray(IDS, { minLength: 1, maxLength: 5 })
    .chain((ids) => fc.tuple(...ids.map(criterionArb)))
    .map((criteria) => ({ id: `s${index}`, name: `Segment ${index}`, criteria }));

const icpArb: fc.Arbitrary<IcpConfig> = fc
  .record({
    segmentCount: fc.integer({ min: 1, max: 3 }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 3 }),
    minConfidence: fc.integer({ min: 0, max: 100 }),
    anti: fc.array(
      fc.record({ industry: fc.constantFrom(...INDUSTRIES), cap: fc.nat(3), big: fc.boolean() }),
      { maxLength: 2 },
    ),
  })
  .chain(({ segmentCount, cuts, minConfidence, anti }) =>
    fc.tuple(...Array.from({ length: segmentCount }, (_, i) => segmentArb(i))).map((segments) => {
      const tiers = [0, ...cuts].map((minScore, i) => ({
        id: `t${i}`,
        label: `T${i}`,
        minScore,
      }));
      return icpConfigSchema.parse({
        schemaVersion: 2,
        name: 'Random',
        version: 1,
        tiers,
        minConfidence,
        segments,
        antiIcp: anti.map((a, i) => ({
          id: `d${i}`,
          label: `Anti ${i}`,
          reason: 'Not a fit',
          capTier: tiers[a.cap % tiers.length]!.id,
          rule: a.big
            ? { field: 'employees', min: 400 }
            : { field: 'industry', anyOf: [a.industry] },
        })),
      });
    }),
  );

const factsArb: fc.Arbitrary<ScoringFacts> = fc
  .record({
    industry: fc.option(fc.constantFrom(...INDUSTRIES), { nil: undefined }),
    employees: fc.option(
      fc
        .tuple(fc.integer({ min: 1, max: 800 }), fc.integer({ min: 0, max: 300 }))
        .map(([min, span]) => ({ min, max: min + span })),
      { nil: undefined },
    ),
    answers: fc.dictionary(
      fc.constantFrom(...IDS),
      fc.constantFrom<RepAnswer['status']>('match', 'partial', 'miss'),
      { maxKeys: 3 },
    ),
  })
  .map(({ industry, employees, answers }) => ({
    company: {
      ...(industry && { industry }),
      ...(employees && { employees }),
    },
    technologies: [],
    evidence: {},
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, status]) => [id, { status, at: 0 }]),
    ),
  }));

function rankOf(icp: IcpConfig, tier: TierRef): number {
  const i = tiersBestFirst(icp).findIndex((t) => t.id === tier.id);
  return i === -1 ? icp.tiers.length : i;
}

/** Unknown or partial in some segment and not answered: what a rep could still answer. */
function openIds(facts: ScoringFacts, icp: IcpConfig): string[] {
  const ids = new Set<string>();
  for (const segment of icp.segments)
    for (const c of segment.criteria) {
      const status = (answeredOutcome(facts, c.id) ?? evaluateRule(c.rule, facts)).status;
      if ((status === 'unknown' || status === 'partial') && !facts.answers?.[c.id]) ids.add(c.id);
    }
  return [...ids];
}

function withAnswers(facts: ScoringFacts, ids: string[], status: RepAnswer['status']) {
  return {
    ...facts,
    answers: {
      ...facts.answers,
      ...Object.fromEntries(ids.map((id) => [id, { status, at: 0 }])),
    },
  };
}

function subsets<T>(items: T[]): T[][] {
  return items.reduce<T[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);
}

describe('tier path (property, against brute force over score())', () => {
  it('states the current tier as score() does', () => {
    fc.assert(
      fc.property(icpArb, factsArb, (icp, facts) => {
        expect(tierOutlook(facts, icp).current.id).toBe(score(facts, icp).tier.id);
      }),
      { numRuns: 300 },
    );
  });

  it('each path yields exactly its stated tier and no smaller set of answers reaches it', () => {
    fc.assert(
      fc.property(icpArb, factsArb, (icp, facts) => {
        const outlook = tierOutlook(facts, icp);
        const now = rankOf(icp, outlook.current);
        const all = subsets(openIds(facts, icp)).map((set) => ({
          size: set.length,
          rank: rankOf(icp, score(withAnswers(facts, set, 'match'), icp).tier),
        }));
        const better = tiersBestFirst(icp).slice(0, Math.min(now, icp.tiers.length));
        expect(outlook.paths.map((p) => p.target.id)).toEqual(better.map((t) => t.id).reverse());
        for (const path of outlook.paths) {
          const target = rankOf(icp, path.target);
          const reaching = all.filter((s) => s.rank <= target).map((s) => s.size);
          if (path.reaches) {
            const applied = score(
              withAnswers(
                facts,
                path.steps.map((s) => s.criterionId),
                'match',
              ),
              icp,
            );
            expect(applied.tier.id).toBe(path.reaches.id);
            expect(rankOf(icp, path.reaches)).toBeLessThanOrEqual(target);
            expect(path.steps.length).toBe(Math.min(...reaching));
          } else {
            expect(path.blocked).toBeTruthy();
            expect(reaching).toEqual([]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every risk’s bad outcome yields the stated lower tier, and no risk is left out', () => {
    fc.assert(
      fc.property(icpArb, factsArb, (icp, facts) => {
        const outlook = tierOutlook(facts, icp);
        const now = rankOf(icp, outlook.current);
        for (const risk of outlook.risks) {
          const after =
            risk.kind === 'criterion'
              ? score(withAnswers(facts, [risk.criterionId], 'miss'), icp)
              : score(facts, icp, { disqualifiers: { [risk.criterionId]: true } });
          expect(after.tier.id).toBe(risk.toTier.id);
          expect(rankOf(icp, risk.toTier)).toBeGreaterThan(now);
        }
        const riskIds = new Set(outlook.risks.map((r) => r.criterionId));
        for (const id of openIds(facts, icp)) {
          const after = score(withAnswers(facts, [id], 'miss'), icp);
          expect(riskIds.has(id)).toBe(rankOf(icp, after.tier) > now);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('each answer’s move is the tier score() gives with that answer', () => {
    fc.assert(
      fc.property(icpArb, factsArb, (icp, facts) => {
        const outlook = tierOutlook(facts, icp);
        const ids = openIds(facts, icp);
        expect(Object.keys(outlook.moves).sort()).toEqual([...ids].sort());
        for (const id of ids) {
          const move = outlook.moves[id]!;
          expect(move.yes.id).toBe(score(withAnswers(facts, [id], 'match'), icp).tier.id);
          expect(move.partly.id).toBe(score(withAnswers(facts, [id], 'partial'), icp).tier.id);
          expect(move.no.id).toBe(score(withAnswers(facts, [id], 'miss'), icp).tier.id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('one answer from the next tier exactly when a one-step path reaches a better tier', () => {
    fc.assert(
      fc.property(icpArb, factsArb, (icp, facts) => {
        const now = rankOf(icp, score(facts, icp).tier);
        const singles = openIds(facts, icp).map((id) => ({
          id,
          rank: rankOf(icp, score(withAnswers(facts, [id], 'match'), icp).tier),
        }));
        const best = Math.min(now, ...singles.map((s) => s.rank));
        const found = oneAnswerFromNextTier(facts, icp);
        if (best < now) {
          expect(found).toBeDefined();
          expect(rankOf(icp, found!.tier)).toBe(best);
          expect(singles.find((s) => s.id === found!.criterionId)!.rank).toBe(best);
        } else expect(found).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
