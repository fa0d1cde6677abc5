import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../lib/core/accounts/name-key';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { matchPersona, talkingPointsFor } from '../../../lib/core/scoring/personas';
import { score } from '../../../lib/core/scoring/score';

describe('matchPersona', () => {
  it.each([
    ['VP of Sales', 'vp-sales'],
    ['Vice President of Sales, EMEA', 'vp-sales'],
    ['Chief Revenue Officer', 'vp-sales'],
    ['Director of Revenue Operations', 'revops'],
    ['Sales Operations Lead', 'revops'],
    ['CTO & Co-founder', 'cto'],
    ['SDR Manager', 'sdr-lead'],
    ['Head of Procurement', 'procurement'],
  ])('maps "%s" to %s', (title, persona) => {
    expect(matchPersona(title, sampleIcp.personas)?.id).toBe(persona);
  });

  it.each([['Co-Founder'], ['Macro economist'], ['Director'], [undefined]])(
    'matches no persona for %s',
    (title) => {
      // "CRO" must not be found inside "Macro"
      expect(matchPersona(title, sampleIcp.personas)).toBeUndefined();
    },
  );
});

describe('talkingPointsFor', () => {
  it('weaves the account’s own fit and competitors into the persona’s points', () => {
    const result = score(
      {
        company: {
          industry: 'Software Development',
          employees: { min: 201, max: 500 },
          hq: { country: 'US' },
        },
        technologies: [
          { name: 'Gong', categories: ['Conversation intelligence'], evidence: 'script gong.io' },
        ],
        evidence: {},
      },
      { ...sampleIcp, segments: [sampleIcp.segments[0]!] },
    );
    const persona = sampleIcp.personas.find((p) => p.id === 'vp-sales')!;
    const points = talkingPointsFor(persona, result);
    expect(points.slice(0, persona.talkingPoints.length).map((p) => p.text)).toEqual(
      persona.talkingPoints,
    );
    expect(points.some((p) => p.source === 'fit' && p.text.includes('Software Development'))).toBe(
      true,
    );
    expect(points.find((p) => p.source === 'competitor')?.text).toMatch(/^They run Gong: /);
  });
});

describe('nameKey', () => {
  it('lets differently written names of one company meet', () => {
    expect(nameKey('꩜Substrate')).toBe(nameKey('Substrate, Inc.'));
    expect(nameKey('Example Co')).toBe('example');
    expect(nameKey('   ')).toBeUndefined();
  });
});
