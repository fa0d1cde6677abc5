import { describe, expect, it } from 'vitest';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { icpConfigSchema } from '../../../lib/core/icp/schema';
import type { ScoringFacts } from '../../../lib/core/scoring/facts';
import { score } from '../../../lib/core/scoring/score';
import { tierOutlook } from '../../../lib/core/scoring/tier-path';

describe('tierOutlook on the sample ICP', () => {
  // Only the industry is known: too little to grade ("needs discovery").
  const facts: ScoringFacts = {
    company: { industry: 'Software Development' },
    technologies: [],
    evidence: {},
  };

  it('names the answers that reach the next tier and the tier they give', () => {
    const outlook = tierOutlook(facts, sampleIcp);
    expect(outlook.current.id).toBe(score(facts, sampleIcp).tier.id);
    expect(outlook.current.id).toBe('needs-discovery');
    expect(outlook.paths.map((p) => p.target.id)).toEqual(['d', 'c', 'b', 'a']);
    const next = outlook.paths[outlook.paths.length - 1]!;
    expect(next.reaches).toMatchObject({ id: 'a' });
    expect(next.steps.length).toBeGreaterThan(0);
    const answers = Object.fromEntries(
      next.steps.map((s) => [s.criterionId, { status: 'match' as const, at: 0 }]),
    );
    expect(score({ ...facts, answers }, sampleIcp).tier.id).toBe(next.reaches!.id);
    expect(next.steps.every((s) => s.outcome === 'match' && s.weight > 0)).toBe(true);
  });

  it('lists unchecked anti-ICP rules whose holding would drop the tier', () => {
    const outlook = tierOutlook(
      { ...facts, company: { ...facts.company, employees: { min: 201, max: 500 } } },
      sampleIcp,
    );
    const hq = outlook.risks.find((r) => r.criterionId === 'sanctioned');
    expect(hq).toMatchObject({ kind: 'anti-icp', outcome: 'match', toTier: { id: 'd' } });
  });

  it('names a criterion as the segment the account is scored in names it', () => {
    const audiense: ScoringFacts = {
      company: {
        industry: 'Advertising Services',
        employees: { min: 51, max: 200 },
        hq: { country: 'GB', city: 'London' },
      },
      technologies: [],
      evidence: {},
    };
    expect(score(audiense, sampleIcp).segmentId).toBe('scale-up');
    const outlook = tierOutlook(audiense, sampleIcp);
    const employees = outlook.risks.find((r) => r.criterionId === 'employees');
    expect(employees).toMatchObject({ label: '50 to 500 employees', toTier: { id: 'd' } });
  });

  it('says why a disqualified account cannot rise', () => {
    const staffing: ScoringFacts = {
      ...facts,
      company: { ...facts.company, industry: 'Staffing and Recruiting' },
    };
    const outlook = tierOutlook(staffing, sampleIcp);
    expect(outlook.current.id).toBe('d');
    expect(outlook.paths.map((p) => p.target.id)).toEqual(['c', 'b', 'a']);
    for (const p of outlook.paths) expect(p.blocked).toMatch(/Staffing/);
  });
});

describe('tierOutlook stays exact and bounded with 30 criteria', () => {
  const icp = icpConfigSchema.parse({
    schemaVersion: 2,
    name: 'Wide',
    version: 1,
    tiers: [
      { id: 'a', label: 'A', minScore: 90 },
      { id: 'b', label: 'B', minScore: 60 },
      { id: 'c', label: 'C', minScore: 0 },
    ],
    segments: [
      {
        id: 'wide',
        name: 'Wide',
        criteria: Array.from({ length: 30 }, (_, i) => ({
          id: `q${i}`,
          label: `Question ${i}`,
          weight: 1 + (i % 7),
          rule: { field: 'answer' },
        })),
      },
    ],
  });
  // Half answered: a mix of matches and misses.
  const facts: ScoringFacts = {
    technologies: [],
    evidence: {},
    answers: Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [
        `q${i * 2}`,
        { status: i % 3 === 0 ? ('miss' as const) : ('match' as const), at: 0 },
      ]),
    ),
  };

  it('finds the fewest answers for each better tier quickly', () => {
    const started = performance.now();
    const outlook = tierOutlook(facts, icp);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(outlook.current.id).toBe(score(facts, icp).tier.id);
    for (const path of outlook.paths) {
      if (!path.reaches) continue;
      const answers = {
        ...facts.answers,
        ...Object.fromEntries(
          path.steps.map((s) => [s.criterionId, { status: 'match' as const, at: 0 }]),
        ),
      };
      expect(score({ ...facts, answers }, icp).tier.id).toBe(path.reaches.id);
      // The heaviest open criteria first: dropping any step must fall short.
      for (let skip = 0; skip < path.steps.length; skip++) {
        const fewer = { ...answers };
        delete fewer[path.steps[skip]!.criterionId];
        expect(score({ ...facts, answers: fewer }, icp).tier.id).not.toBe(path.reaches.id);
      }
    }
  });
});
