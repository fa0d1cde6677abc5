import { describe, expect, it } from 'vitest';
import { parseIcp } from '../../../lib/icp/parse';
import { sampleIcp } from '../../../lib/icp/sample-icp';

const clone = () => structuredClone(sampleIcp) as unknown as Record<string, any>;

describe('ICP schema', () => {
  it('accepts the built-in sample with two segments and four tiers', () => {
    const parsed = parseIcp(sampleIcp);
    expect(parsed.ok).toBe(true);
    expect(sampleIcp.schemaVersion).toBe(1);
    expect(sampleIcp.segments.map((s) => s.id)).toEqual(['mid-market-software', 'scale-up']);
    expect(sampleIcp.tiers.map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives every sample criterion a discovery question', () => {
    for (const segment of sampleIcp.segments) {
      for (const criterion of segment.criteria)
        expect(criterion.questions.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['a missing name', (c: any) => delete c.name, 'name:'],
    ['an unknown schema version', (c: any) => (c.schemaVersion = 99), 'schemaVersion:'],
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
