import { describe, expect, it } from 'vitest';
import { diffIcp } from '../../../lib/core/icp/diff';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import type { IcpConfig } from '../../../lib/core/icp/schema';

function changed(edit: (icp: IcpConfig) => void): string[] {
  const next = structuredClone(sampleIcp);
  edit(next);
  return diffIcp(sampleIcp, next);
}

const midMarket = (icp: IcpConfig) => icp.segments[0]!;
const criterion = (icp: IcpConfig, id: string) => midMarket(icp).criteria.find((c) => c.id === id)!;

describe('diffIcp', () => {
  it('says nothing when nothing changed but the version', () => {
    expect(changed((icp) => (icp.version = 2))).toEqual([]);
  });

  it.each<[string, (icp: IcpConfig) => void, string[]]>([
    [
      'an employee band',
      (icp) => (criterion(icp, 'employees').rule = { field: 'employees', min: 1000 }),
      ["Mid-market B2B software: 'employees' now requires 1,000+ employees (was 200-2,000)"],
    ],
    [
      'a revenue band',
      (icp) => (criterion(icp, 'revenue').rule = { field: 'revenueUsd', min: 50_000_000 }),
      ["Mid-market B2B software: 'revenue' now requires $50M+ revenue (was $20M-$500M)"],
    ],
    [
      'a weight and a kind',
      (icp) => {
        criterion(icp, 'hq').weight = 20;
        criterion(icp, 'hq').kind = 'must-have';
      },
      [
        "Mid-market B2B software: 'hq' is now a must-have (was a fit criterion)",
        "Mid-market B2B software: 'hq' weight is now 20 (was 15)",
      ],
    ],
    [
      'industries',
      (icp) => {
        const rule = criterion(icp, 'industry').rule;
        if (rule.field === 'industry')
          rule.anyOf = [
            ...rule.anyOf.filter((i) => i !== 'IT Services and IT Consulting'),
            'Fintech',
          ];
      },
      [
        "Mid-market B2B software: 'industry' now also accepts Fintech",
        "Mid-market B2B software: 'industry' no longer accepts IT Services and IT Consulting",
      ],
    ],
    [
      'markets',
      (icp) => {
        const rule = criterion(icp, 'hq').rule;
        if (rule.field === 'hq') rule.countries = [...rule.countries, 'ES'];
      },
      ["Mid-market B2B software: 'hq' now also accepts countries ES"],
    ],
    [
      'a criterion added and one removed',
      (icp) => {
        const segment = midMarket(icp);
        segment.criteria = segment.criteria.filter((c) => c.id !== 'competitor');
        segment.criteria.push({
          id: 'warehouse',
          label: 'Has a data warehouse',
          weight: 10,
          kind: 'bonus',
          rule: { field: 'technologies', anyOf: ['Snowflake'], categories: [], minMatches: 1 },
          questions: [],
        });
      },
      [
        "Mid-market B2B software: new bonus 'warehouse': uses Snowflake (weight 10)",
        "Mid-market B2B software: criterion 'competitor' removed",
      ],
    ],
    [
      'a segment added and one removed',
      (icp) => {
        const enterprise = {
          ...structuredClone(midMarket(icp)),
          id: 'enterprise',
          name: 'Enterprise',
        };
        icp.segments = [enterprise, icp.segments[0]!];
      },
      ['New segment: Enterprise (7 criteria)', 'Segment removed: Venture-backed scale-up'],
    ],
    [
      'tiers and the confidence floor',
      (icp) => {
        icp.tiers[0]!.minScore = 80;
        icp.minConfidence = 50;
      },
      ['Tier A now starts at score 80 (was 75)', 'Confidence floor is now 50 (was 40)'],
    ],
    [
      'disqualifiers',
      (icp) => {
        icp.antiIcp = icp.antiIcp.filter((d) => d.id !== 'staffing');
        icp.antiIcp.push({
          id: 'agencies',
          label: 'Marketing agency',
          reason: 'Agencies resell, they do not buy.',
          rule: { field: 'industry', anyOf: ['Advertising Services'] },
          capTier: 'c',
        });
        const tooSmall = icp.antiIcp.find((d) => d.id === 'too-small')!;
        tooSmall.rule = { field: 'employees', max: 20 };
      },
      [
        'New disqualifier: Marketing agency (industry is Advertising Services; caps at C)',
        'Disqualifier removed: Staffing and recruiting agency',
        "Disqualifier 'too-small' now applies to up to 20 employees (was up to 10)",
      ],
    ],
    [
      'personas',
      (icp) => {
        icp.personas = icp.personas.filter((p) => p.id !== 'procurement');
        icp.personas[0]!.titlePatterns.push('SVP Sales');
        icp.personas.push({
          ...structuredClone(icp.personas[1]!),
          id: 'cfo',
          name: 'Finance',
          role: 'economic-buyer',
        });
      },
      [
        'New persona: Finance (economic-buyer)',
        'Persona removed: Procurement',
        'Persona Head of Sales: titles, talking points or questions updated',
      ],
    ],
    [
      'buying signals and timing',
      (icp) => {
        icp.buyingSignals[0]!.weight = 40;
        icp.timing = { warm: 25, hot: 60 };
      },
      [
        'Buying signal Hiring sellers weight is now 40 (was 30)',
        'Timing thresholds are now warm 25 and hot 60 (were 20 and 50)',
      ],
    ],
  ])('names %s', (_what, edit, sentences) => {
    expect(changed(edit)).toEqual(sentences);
  });
});
