import { describe, expect, it } from 'vitest';
import { parseIcp } from '../../../lib/core/icp/parse';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';

const clone = () => structuredClone(sampleIcp) as unknown as Record<string, any>;

describe('ICP schema', () => {
  it('accepts the built-in sample with two segments and four tiers', () => {
    const parsed = parseIcp(sampleIcp);
    expect(parsed.ok).toBe(true);
    expect(sampleIcp.schemaVersion).toBe(2);
    expect(sampleIcp.segments.map((s) => s.id)).toEqual(['mid-market-software', 'scale-up']);
    expect(sampleIcp.tiers.map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives every sample criterion a discovery question, and competitors a talking point', () => {
    for (const segment of sampleIcp.segments) {
      for (const criterion of segment.criteria) {
        if (criterion.kind === 'competitor') expect(criterion.talkingPoint).toBeTruthy();
        else expect(criterion.questions.length).toBeGreaterThan(0);
      }
    }
  });

  it('ships disqualifiers, buying signals and a persona for every buying-committee role', () => {
    expect(sampleIcp.antiIcp.length).toBeGreaterThan(0);
    expect(sampleIcp.buyingSignals.length).toBeGreaterThan(0);
    expect(new Set(sampleIcp.personas.map((p) => p.role))).toEqual(
      new Set(['economic-buyer', 'champion', 'technical-buyer', 'user', 'procurement']),
    );
  });

  it.each([
    ['a missing name', (c: any) => delete c.name, 'name:'],
    ['an unknown schema version', (c: any) => (c.schemaVersion = 99), 'schemaVersion:'],
    ['a cap naming no tier', (c: any) => (c.antiIcp[0].capTier = 'z'), 'antiIcp:'],
    [
      'a persona with no title patterns',
      (c: any) => (c.personas[0].titlePatterns = []),
      'personas[0].titlePatterns:',
    ],
    ['a warm threshold above hot', (c: any) => (c.timing = { warm: 60, hot: 50 }), 'timing:'],
    [
      'a technology rule naming nothing',
      (c: any) => (c.segments[0].criteria[4].rule = { field: 'technologies' }),
      'segments[0].criteria[4].rule:',
    ],
    [
      'an unknown criterion kind',
      (c: any) => (c.segments[0].criteria[0].kind = 'nice-to-have'),
      'segments[0].criteria[0].kind:',
    ],
    [
      'a negative weight',
      (c: any) => (c.segments[0].criteria[0].weight = -1),
      'segments[0].criteria[0].weight:',
    ],
    [
      'a country name instead of a code',
      (c: any) => (c.segments[0].criteria[3].rule.countries = ['United States']),
      'segments[0].criteria[3].rule.countries[0]:',
    ],
    [
      'an employee range upside down',
      (c: any) => (c.segments[0].criteria[1].rule = { field: 'employees', min: 500, max: 10 }),
      'segments[0].criteria[1].rule:',
    ],
    [
      'an unknown field',
      (c: any) => (c.segments[0].criteria[0].rule = { field: 'zodiac', anyOf: ['leo'] }),
      'segments[0].criteria[0].rule',
    ],
    [
      'no tier starting at 0',
      (c: any) => (c.tiers = [{ id: 'a', label: 'A', minScore: 50 }]),
      'tiers:',
    ],
    ['a reserved tier id', (c: any) => (c.tiers[3].id = 'unknown'), 'tiers[3].id:'],
    ['the other reserved tier id', (c: any) => (c.tiers[3].id = 'needs-discovery'), 'tiers[3].id:'],
    [
      'duplicate criterion ids',
      (c: any) => (c.segments[0].criteria[1].id = 'industry'),
      'segments[0].criteria:',
    ],
    ['no segments', (c: any) => (c.segments = []), 'segments:'],
    [
      'a 10,000-character label',
      (c: any) => (c.segments[0].criteria[0].label = 'x'.repeat(10_000)),
      'segments[0].criteria[0].label:',
    ],
  ])('rejects %s and says where', (_name, mutate, where) => {
    const config = clone();
    mutate(config);
    const parsed = parseIcp(config);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.some((p) => p.startsWith(where))).toBe(true);
  });

  it('rejects things that are not configs at all', () => {
    for (const input of [null, 42, 'icp', [], { __proto__: { name: 'x' } }]) {
      expect(parseIcp(input).ok).toBe(false);
    }
  });
});
