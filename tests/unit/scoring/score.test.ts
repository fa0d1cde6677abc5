import { describe, expect, it } from 'vitest';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { icpConfigSchema, type IcpConfigInput } from '../../../lib/core/icp/schema';
import { compareRanges } from '../../../lib/core/scoring/evaluate-rule';
import type { ScoringFacts } from '../../../lib/core/scoring/facts';
import { score } from '../../../lib/core/scoring/score';

// A one-segment ICP whose arithmetic is easy to follow by hand.
const icp = icpConfigSchema.parse({
  schemaVersion: 2,
  name: 'Test ICP',
  version: 3,
  tiers: [
    { id: 'a', label: 'A', minScore: 75 },
    { id: 'b', label: 'B', minScore: 50 },
    { id: 'c', label: 'C', minScore: 0 },
  ],
  segments: [
    {
      id: 'core',
      name: 'Core',
      criteria: [
        {
          id: 'industry',
          label: 'Software',
          weight: 40,
          rule: { field: 'industry', anyOf: ['Software Development'] },
          questions: [{ text: 'What do you sell?' }],
        },
        {
          id: 'size',
          label: '100-1,000 people',
          weight: 30,
          rule: { field: 'employees', min: 100, max: 1000 },
          questions: [{ text: 'How many people?' }],
        },
        {
          id: 'hq',
          label: 'US or UK',
          weight: 20,
          rule: { field: 'hq', countries: ['US', 'GB'], regions: ['US-CA'] },
          questions: [{ text: 'Where is HQ?' }],
        },
        {
          id: 'crm',
          label: 'A CRM',
          weight: 10,
          rule: { field: 'technologies', anyOf: ['Salesforce', 'HubSpot'], minMatches: 2 },
          questions: [{ text: 'Which CRM?' }],
        },
      ],
    },
  ],
} satisfies IcpConfigInput);

const facts = (
  company: ScoringFacts['company'],
  technologies: ScoringFacts['technologies'] = [],
): ScoringFacts => ({
  company,
  technologies,
  evidence: {
    'company.industry': 'dt "Industry"',
    'company.employees': 'dt "Company size"',
    'company.hq': 'dt "Headquarters"',
  },
});

describe('score', () => {
  it('counts only what was observed: unknowns lower confidence, never the score', () => {
    const result = score(facts({ industry: 'Software Development' }), icp);
    expect(result.score).toBe(100);
    expect(result.confidence).toBe(40);
    expect(result.tier).toEqual({ id: 'a', label: 'A' });
    expect(result.criteria.map((c) => c.status)).toEqual([
      'match',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('scores misses and partials from the weights', () => {
    // industry miss (0/40), size partial (15/30), hq partial: US but not CA (10/20), crm partial (5/10)
    const result = score(
      facts(
        {
          industry: 'Retail',
          employees: { min: 51, max: 200 },
          hq: { city: 'Austin', region: 'TX', country: 'US' },
        },
        [{ name: 'HubSpot', categories: ['CRM'], evidence: 'script js.hs-scripts.com' }],
      ),
      icp,
    );
    expect(result.criteria.map((c) => [c.id, c.status, c.points])).toEqual([
      ['industry', 'miss', 0],
      ['size', 'partial', 15],
      ['hq', 'partial', 10],
      ['crm', 'partial', 5],
    ]);
    expect(result.score).toBe(30);
    expect(result.confidence).toBe(100);
    expect(result.tier.id).toBe('c');
  });

  it('says what was found and where for each observed criterion', () => {
    const result = score(facts({ industry: 'Retail', employees: { min: 10001 } }), icp);
    const [industry, size] = result.criteria;
    expect(industry).toMatchObject({ status: 'miss', found: 'Retail', evidence: 'dt "Industry"' });
    expect(size).toMatchObject({
      status: 'miss',
      found: '10,001+ employees',
      evidence: 'dt "Company size"',
    });
  });

  it('asks the questions of unknown criteria only', () => {
    const result = score(facts({ industry: 'Software Development' }), icp);
    expect(result.questions).toEqual([
      { criterionId: 'size', text: 'How many people?', group: 'firmographics' },
      { criterionId: 'hq', text: 'Where is HQ?', group: 'firmographics' },
      { criterionId: 'crm', text: 'Which CRM?', group: 'firmographics' },
    ]);
  });

  it('gives the unknown tier when nothing is observed', () => {
    const result = score(facts({ name: 'Nobody Inc' }), icp);
    expect(result).toMatchObject({ score: 0, confidence: 0, tier: { id: 'unknown' } });
    expect(result.questions).toHaveLength(4);
  });

  it('picks the segment that fits best and lists the others', () => {
    // 51-200 employees: partial for mid-market (200-2,000), a match for scale-ups (50-500).
    const result = score(
      facts({
        industry: 'Software Development',
        employees: { min: 51, max: 200 },
        hq: { country: 'US' },
      }),
      sampleIcp,
    );
    expect(result.segmentId).toBe('scale-up');
    expect(result.score).toBe(100);
    expect(result.tier.id).toBe('a');
    expect(result.otherSegments.map((s) => s.segmentId)).toEqual(['mid-market-software']);
    expect(result.otherSegments[0]!.score).toBeLessThan(100);
  });

  it('matches industries and keywords without regard to case or "&"', () => {
    const result = score(facts({ industry: 'software development' }), icp);
    expect(result.criteria[0]!.status).toBe('match');
  });

  it('finds keywords as whole words only', () => {
    // "AI" must not be found inside "said" or "chairman".
    const keywordStatus = (description: string) =>
      score(facts({ description }), sampleIcp).criteria.find((c) => c.field === 'keywords')?.status;
    expect(keywordStatus('An AI platform for B2B teams')).toBe('match');
    expect(keywordStatus('Fair trade coffee, said the chairman')).toBe('miss');
  });

  it('finds a keyword inside a longer matched keyword', () => {
    const kw = icpConfigSchema.parse({
      ...icp,
      segments: [
        {
          id: 'kw',
          name: 'Keywords',
          criteria: [
            {
              id: 'kw',
              label: 'Both',
              weight: 1,
              rule: { field: 'keywords', anyOf: ['sales teams', 'sales'], minMatches: 2 },
            },
          ],
        },
      ],
    });
    expect(score(facts({ description: 'Built for Sales Teams.' }), kw).criteria[0]).toMatchObject({
      status: 'match',
      found: 'sales teams, sales',
    });
  });

  it('is deterministic', () => {
    const f = facts({ industry: 'Software Development', employees: { min: 201, max: 500 } });
    expect(score(f, sampleIcp)).toEqual(score(structuredClone(f), sampleIcp));
  });
});

describe('compareRanges', () => {
  it.each([
    [{ min: 201, max: 500 }, { min: 200, max: 2000 }, 'match'],
    [{ min: 51, max: 200 }, { min: 200, max: 2000 }, 'partial'],
    [{ min: 11, max: 50 }, { min: 200, max: 2000 }, 'miss'],
    [{ min: 10001 }, { max: 2000 }, 'miss'],
    [{ min: 10001 }, { min: 1000 }, 'match'],
    [{ min: 320, max: 320 }, { min: 200, max: 2000 }, 'match'],
  ] as const)('%j against %j is %s', (observed, target, expected) => {
    expect(compareRanges(observed, target)).toBe(expected);
  });
});

describe('industries on one taxonomy', () => {
  const industryIcp = (anyOf: string[]) =>
    icpConfigSchema.parse({
      schemaVersion: 2,
      name: 'Industry',
      version: 1,
      tiers: [{ id: 'a', label: 'A', minScore: 0 }],
      segments: [
        {
          id: 's',
          name: 'S',
          criteria: [{ id: 'industry', label: 'I', weight: 1, rule: { field: 'industry', anyOf } }],
        },
      ],
    });
  const status = (industry: string, anyOf: string[]) =>
    score({ company: { industry }, technologies: [], evidence: {} }, industryIcp(anyOf))
      .criteria[0]!.status;

  it('matches a former LinkedIn name to the current one, both ways', () => {
    expect(status('Software Development', ['Computer Software'])).toBe('match');
    expect(status('Computer Software', ['Software Development'])).toBe('match');
    expect(status('Hospital & Health Care', ['Hospitals and Health Care'])).toBe('match');
  });

  it('matches a narrower industry under a broad one, not the reverse', () => {
    expect(status('Software Development', ['Technology, Information and Internet'])).toBe('match');
    expect(status('Technology, Information and Internet', ['Software Development'])).toBe('miss');
    expect(status('Retail', ['Technology, Information and Internet'])).toBe('miss');
  });
});
