import { describe, expect, it } from 'vitest';
import { parseIcp } from '../../../lib/core/icp/parse';
import { score } from '../../../lib/core/scoring/score';

// A config exactly as schema v1 accepted it.
const v1 = {
  schemaVersion: 1,
  name: 'Legacy ICP',
  version: 7,
  publisher: 'Sales ops',
  publishedAt: '2026-01-15T09:00:00Z',
  changelog: 'Raised the size floor.',
  tiers: [
    { id: 'hot', label: 'Hot', minScore: 70, color: '#cf222e' },
    { id: 'rest', label: 'Rest', minScore: 0 },
  ],
  segments: [
    {
      id: 'core',
      name: 'Core',
      description: 'Our best customers.',
      criteria: [
        {
          id: 'industry',
          label: 'Fintech',
          weight: 40,
          rule: { field: 'industry', anyOf: ['Financial Services'] },
          questions: ['Are you regulated?'],
        },
        {
          id: 'size',
          label: '100+',
          weight: 30,
          rule: { field: 'employees', min: 100 },
          questions: ['How many staff?'],
        },
        {
          id: 'stack',
          label: 'Stripe',
          weight: 20,
          rule: { field: 'technologies', anyOf: ['Stripe'], minMatches: 1 },
        },
        {
          id: 'words',
          label: 'Payments',
          weight: 10,
          rule: { field: 'keywords', anyOf: ['payments'] },
          questions: ['What hurts in payments?'],
        },
      ],
    },
  ],
};

describe('ICP migration v1 -> v2', () => {
  it('keeps everything v1 said, in v2 form', () => {
    const parsed = parseIcp(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe(1);
    const icp = parsed.icp;
    expect(icp).toMatchObject({
      schemaVersion: 2,
      name: 'Legacy ICP',
      version: 7,
      publisher: 'Sales ops',
      publishedAt: '2026-01-15T09:00:00Z',
      changelog: 'Raised the size floor.',
      tiers: v1.tiers,
      minConfidence: 0,
      antiIcp: [],
      buyingSignals: [],
      personas: [],
    });
    const [segment] = icp.segments;
    expect(segment).toMatchObject({
      id: 'core',
      name: 'Core',
      description: 'Our best customers.',
      questions: [],
    });
    expect(segment!.criteria.map((c) => [c.id, c.label, c.weight, c.kind])).toEqual([
      ['industry', 'Fintech', 40, 'fit'],
      ['size', '100+', 30, 'fit'],
      ['stack', 'Stripe', 20, 'fit'],
      ['words', 'Payments', 10, 'fit'],
    ]);
    expect(segment!.criteria[0]!.questions).toEqual([
      { text: 'Are you regulated?', group: 'firmographics' },
    ]);
    expect(segment!.criteria[3]!.questions).toEqual([
      { text: 'What hurts in payments?', group: 'pain' },
    ]);
    expect(segment!.criteria[2]!.rule).toEqual({
      field: 'technologies',
      anyOf: ['Stripe'],
      categories: [],
      minMatches: 1,
    });
  });

  it('scores every account as v1 did', () => {
    const parsed = parseIcp(v1);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const facts = {
      company: {
        industry: 'Financial Services',
        employees: { min: 51, max: 200 },
        description: 'Payments for SMBs',
      },
      technologies: [
        { name: 'Stripe', categories: ['Payment processors'], evidence: 'script js.stripe.com' },
      ],
      evidence: {},
    };
    // industry 40 + size partial 15 + stack 20 + words 10 = 85 of 100 observed
    expect(score(facts, parsed.icp)).toMatchObject({
      score: 85,
      confidence: 100,
      tier: { id: 'hot' },
    });
  });

  it('reports v1 problems at their path', () => {
    const broken = structuredClone(v1) as any;
    broken.segments[0].criteria[1].weight = 0;
    const parsed = parseIcp(broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^segments\[0\]\.criteria\[1\]\.weight:/);
  });

  it('names an unsupported schema version', () => {
    const parsed = parseIcp({ ...v1, schemaVersion: 3 });
    expect(parsed).toEqual({
      ok: false,
      problems: ['schemaVersion: 3 is not supported (use 1 or 2)'],
    });
  });
});
