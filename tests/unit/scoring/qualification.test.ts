import { describe, expect, it } from 'vitest';
import { icpConfigSchema, type IcpConfigInput } from '../../../lib/core/icp/schema';
import type { ScoringFacts } from '../../../lib/core/scoring/facts';
import { score } from '../../../lib/core/scoring/score';

const tiers = [
  { id: 'a', label: 'A', minScore: 75, color: '#1a7f37' },
  { id: 'b', label: 'B', minScore: 50 },
  { id: 'c', label: 'C', minScore: 25 },
  { id: 'd', label: 'D', minScore: 0 },
];

function icp(overrides: Partial<IcpConfigInput>) {
  return icpConfigSchema.parse({
    schemaVersion: 2,
    name: 'Test',
    version: 1,
    tiers,
    segments: [
      {
        id: 'core',
        name: 'Core',
        criteria: [
          {
            id: 'industry',
            label: 'Software',
            weight: 50,
            kind: 'must-have',
            rule: { field: 'industry', anyOf: ['Software Development'] },
          },
          {
            id: 'size',
            label: '50-500',
            weight: 50,
            rule: { field: 'employees', min: 50, max: 500 },
          },
          {
            id: 'crm',
            label: 'Any CRM',
            weight: 20,
            kind: 'bonus',
            rule: { field: 'technologies', categories: ['CRM'] },
          },
          {
            id: 'rival',
            label: 'Runs Gong',
            weight: 10,
            kind: 'competitor',
            rule: { field: 'technologies', anyOf: ['Gong'] },
            talkingPoint: 'Consolidate onto us.',
          },
          {
            id: 'budget',
            label: 'Has budget',
            weight: 20,
            rule: { field: 'answer' },
            questions: [{ text: 'Is there budget?', group: 'buying-process' }],
          },
        ],
        questions: [{ text: 'What keeps you up at night?', group: 'pain' }],
      },
    ],
    ...overrides,
  } as IcpConfigInput);
}

const base = icp({});
const facts = (extra: Partial<ScoringFacts> = {}): ScoringFacts => ({
  company: { industry: 'Software Development', employees: { min: 51, max: 200 } },
  technologies: [],
  evidence: {},
  ...extra,
});
const tech = (name: string, categories: string[]) => ({
  name,
  categories,
  evidence: `script ${name}`,
});

describe('criterion kinds', () => {
  it('counts fit and must-have weight in confidence, not bonus or competitor', () => {
    // industry 50 + size 50 observed; budget 20 unknown -> confidence 100/120
    expect(score(facts(), base)).toMatchObject({ score: 100, confidence: 83, tier: { id: 'a' } });
  });

  it('caps the tier at the lowest when a must-have is missed', () => {
    const result = score(
      facts({ company: { industry: 'Retail', employees: { min: 51, max: 200 } } }),
      base,
    );
    expect(result.score).toBe(50);
    expect(result.fitTier.id).toBe('b');
    expect(result.tier.id).toBe('d');
    expect(result.mustHaveMisses).toEqual(['industry']);
  });

  it('adds bonus points when met and costs nothing when missed', () => {
    const lower = score(
      facts({ company: { industry: 'Software Development', employees: { min: 501 } } }),
      base,
    );
    const withCrm = score(
      facts({
        company: { industry: 'Software Development', employees: { min: 501 } },
        technologies: [tech('HubSpot', ['CRM', 'Marketing automation'])],
      }),
      base,
    );
    const withoutCrm = score(
      facts({
        company: { industry: 'Software Development', employees: { min: 501 } },
        technologies: [tech('React', ['JavaScript frameworks'])],
      }),
      base,
    );
    expect(lower.score).toBe(50);
    expect(withCrm.score).toBe(70);
    expect(withCrm.criteria.find((c) => c.id === 'crm')).toMatchObject({
      status: 'match',
      found: 'HubSpot',
      points: 20,
    });
    expect(withoutCrm.score).toBe(50);
    expect(withoutCrm.confidence).toBe(lower.confidence);
  });

  it('shows a competitor as an opportunity with its talking point', () => {
    const result = score(
      facts({ technologies: [tech('Gong', ['Conversation intelligence'])] }),
      base,
    );
    expect(result.criteria.find((c) => c.id === 'rival')).toMatchObject({
      status: 'match',
      kind: 'competitor',
      talkingPoint: 'Consolidate onto us.',
    });
  });
});

describe('rep answers', () => {
  it('leave an answer criterion unknown until answered, then decide it', () => {
    expect(score(facts(), base).criteria.find((c) => c.id === 'budget')?.status).toBe('unknown');
    const answered = score(
      facts({
        answers: {
          budget: { status: 'match', note: 'yes, about $150k', at: Date.UTC(2026, 10, 2) },
        },
      }),
      base,
    );
    expect(answered.criteria.find((c) => c.id === 'budget')).toMatchObject({
      status: 'match',
      found: 'yes, about $150k',
      evidence: 'answered by the rep on 2026-11-02',
    });
    expect(answered.confidence).toBe(100);
  });

  it('override what the page said', () => {
    const result = score(
      facts({ answers: { size: { status: 'miss', note: 'they are 20 people now', at: 0 } } }),
      base,
    );
    expect(result.criteria.find((c) => c.id === 'size')).toMatchObject({
      status: 'miss',
      found: 'they are 20 people now',
    });
  });
});

describe('anti-ICP', () => {
  const withAnti = icp({
    antiIcp: [
      {
        id: 'gov',
        label: 'Government',
        reason: 'Procurement cycles we cannot support.',
        rule: { field: 'industry', anyOf: ['Government Administration'] },
        capTier: 'c',
      },
      {
        id: 'ru',
        label: 'Sanctioned',
        reason: 'We cannot sell there.',
        rule: { field: 'hq', countries: ['RU'] },
      },
    ],
  });

  it('caps the tier and says why, with what was found', () => {
    const result = score(
      facts({
        company: { industry: 'Government Administration', employees: { min: 51, max: 200 } },
      }),
      withAnti,
    );
    expect(result.disqualifiers).toEqual([
      {
        id: 'gov',
        label: 'Government',
        reason: 'Procurement cycles we cannot support.',
        found: 'Government Administration',
        capTier: { id: 'c', label: 'C' },
      },
    ]);
    // the must-have (software) is missed too, which caps lower still
    expect(result.tier.id).toBe('d');
  });

  it('defaults the cap to the lowest tier', () => {
    const result = score(
      facts({
        company: {
          industry: 'Software Development',
          employees: { min: 51, max: 200 },
          hq: { country: 'RU' },
        },
      }),
      withAnti,
    );
    expect(result.fitTier.id).toBe('a');
    expect(result.tier.id).toBe('d');
  });

  it('does not disqualify on what is unknown', () => {
    expect(score(facts({ company: {} }), withAnti).disqualifiers).toEqual([]);
  });
});

describe('buying signals and timing', () => {
  const withSignals = icp({
    buyingSignals: [
      {
        id: 'sellers',
        label: 'Hiring sellers',
        weight: 30,
        rule: { type: 'hiring', roles: ['SDR', 'Account Executive'] },
      },
      { id: 'funding', label: 'Raised', weight: 30, rule: { type: 'funding' } },
      { id: 'jobs', label: '10+ jobs', weight: 10, rule: { type: 'job-count', min: 10 } },
    ],
    timing: { warm: 20, hot: 50 },
  });

  const titles = (...list: string[]) => ({
    type: 'hiring',
    detail: 'words for a rep',
    evidence: 'careers page',
    hiring: { titles: list, departments: [], seniorities: [], source: 'job-list' as const },
  });
  const jobs = (count: number) => ({
    type: 'hiring',
    detail: 'words for a rep',
    evidence: 'jobs tab',
    hiring: { titles: [], departments: [], seniorities: [], count, source: 'job-count' as const },
  });

  it('raises timing, never the fit score', () => {
    const cold = score(facts(), withSignals);
    const hot = score(
      facts({
        signals: [
          titles('Sales Development Representative (SDR)', 'Account Executive, EMEA'),
          {
            type: 'funding',
            detail: 'Raised $40M Series B',
            evidence: 'press release',
            funding: { round: 'series-b', amount: { value: 40e6, currency: 'USD' } },
          },
          jobs(17),
        ],
      }),
      withSignals,
    );
    expect(cold.timing).toEqual({ level: 'cold', points: 0, signals: [] });
    expect(hot.timing.level).toBe('hot');
    expect(hot.timing.points).toBe(70);
    expect(hot.timing.signals.map((s) => s.id)).toEqual(['sellers', 'funding', 'jobs']);
    expect(hot.score).toBe(cold.score);
  });

  it('matches roles as words of the typed titles and counts jobs', () => {
    const warm = score(facts({ signals: [titles('Senior Account Executives')] }), withSignals);
    expect(warm.timing).toMatchObject({ level: 'warm', points: 30 });
    const notRoles = score(
      facts({
        signals: [
          titles('ASDRE Specialist'),
          jobs(9),
          // Words alone are never read back: a detail naming roles or counts matches nothing.
          { type: 'hiring', detail: 'hiring for: SDR, 40 open jobs', evidence: 'an old record' },
        ],
      }),
      withSignals,
    );
    expect(notRoles.timing.points).toBe(0);
  });
});

describe('confidence floor', () => {
  const floored = icp({ minConfidence: 60 });

  it('reads "needs discovery" instead of guessing', () => {
    const result = score(facts({ company: { employees: { min: 51, max: 200 } } }), floored);
    expect(result.confidence).toBe(42);
    expect(result.fitTier.id).toBe('a');
    expect(result.tier.id).toBe('needs-discovery');
  });

  it('still shows a disqualified account as disqualified', () => {
    const result = score(facts({ company: { industry: 'Retail' } }), floored);
    expect(result.tier.id).toBe('d');
  });
});

describe('the example rating framework from the ICP articles', () => {
  // Best fit: US, over 500 employees, makes security software.
  // Good fit: North America, over 200 employees, distributes it.
  // Bad fit: outside North America, under 100 employees, neither.
  const framework = icpConfigSchema.parse({
    schemaVersion: 2,
    name: 'Security software',
    version: 1,
    tiers: [
      { id: 'best', label: 'Best', minScore: 85 },
      { id: 'good', label: 'Good', minScore: 45 },
      { id: 'bad', label: 'Bad', minScore: 0 },
    ],
    segments: [
      {
        id: 'security',
        name: 'Security software',
        criteria: [
          { id: 'us', label: 'US-based', weight: 20, rule: { field: 'hq', countries: ['US'] } },
          {
            id: 'north-america',
            label: 'North American',
            weight: 20,
            rule: { field: 'hq', countries: ['US', 'CA', 'MX'] },
          },
          {
            id: 'over-500',
            label: 'Over 500 employees',
            weight: 20,
            rule: { field: 'employees', min: 501 },
          },
          {
            id: 'over-200',
            label: 'Over 200 employees',
            weight: 20,
            rule: { field: 'employees', min: 201 },
          },
          {
            id: 'maker',
            label: 'Makes security software',
            weight: 20,
            rule: { field: 'industry', anyOf: ['Computer and Network Security'] },
          },
          {
            id: 'in-security',
            label: 'Makes or distributes security software',
            weight: 20,
            rule: { field: 'keywords', anyOf: ['security software'] },
          },
        ],
      },
    ],
  } satisfies IcpConfigInput);

  it.each([
    [
      'best',
      {
        industry: 'Computer and Network Security',
        employees: { min: 1001, max: 5000 },
        hq: { city: 'Austin', region: 'TX', country: 'US' },
        description: 'We build endpoint security software.',
      },
    ],
    [
      'good',
      {
        industry: 'Wholesale',
        employees: { min: 201, max: 500 },
        hq: { city: 'Toronto', region: 'ON', country: 'CA' },
        description: 'A distributor of security software for resellers.',
      },
    ],
    [
      'bad',
      {
        industry: 'Retail',
        employees: { min: 11, max: 50 },
        hq: { city: 'Berlin', country: 'DE' },
        description: 'Coffee roasters since 1999.',
      },
    ],
  ] as const)('rates a %s-fit company as such', (expected, company) => {
    const result = score({ company, technologies: [], evidence: {} }, framework);
    expect(result.tier.id).toBe(expected);
    expect(result.confidence).toBe(100);
  });
});
