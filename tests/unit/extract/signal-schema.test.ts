// The signal contract grows without breaking what was stored before it:
// records and ICPs from before typed signals still parse, and typed data
// that no reader produces is rejected.

import { describe, expect, it } from 'vitest';
import { pageHintsSchema } from '../../../lib/core/hints/schema';
import { buyingSignalSchema } from '../../../lib/core/icp/schema';

const hints = (signals: unknown[]) => ({
  url: 'https://acme.com/',
  kind: 'website',
  technologies: [],
  signals,
  evidence: {},
});

describe('signal schema', () => {
  it('accepts signals stored before they were typed', () => {
    const old = { type: 'hiring', detail: 'hiring for: SDR, AE', evidence: 'job list' };
    expect(pageHintsSchema.safeParse(hints([old])).success).toBe(true);
  });

  it('accepts typed signals and rejects data no reader produces', () => {
    const hiring = {
      type: 'hiring',
      detail: 'Hiring 1 data role: Data Engineer',
      evidence: 'e',
      hiring: {
        titles: ['Data Engineer'],
        departments: ['data'],
        seniorities: [],
        source: 'job-list',
      },
    };
    const funding = {
      type: 'funding',
      detail: 'Raised $20M Series B, March 2026',
      evidence: 'e',
      funding: { round: 'series-b', amount: { value: 20e6, currency: 'USD' }, date: '2026-03' },
    };
    expect(pageHintsSchema.safeParse(hints([hiring, funding])).success).toBe(true);
    for (const bad of [
      { ...hiring, hiring: { ...hiring.hiring, departments: ['wizardry'] } },
      { ...funding, funding: { round: 'series-z' } },
      { ...funding, funding: { date: 'March 2026' } },
      { ...funding, funding: { amount: { value: -1, currency: 'USD' } } },
      { type: 'expansion', detail: 'x', evidence: 'e', expansion: { kind: 'planet' } },
    ]) {
      expect(pageHintsSchema.safeParse(hints([bad])).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('parses buying-signal rules written before typed signals, and the new parts', () => {
    const rule = (r: unknown) =>
      buyingSignalSchema.safeParse({ id: 'x', label: 'X', weight: 10, rule: r }).success;
    expect(rule({ type: 'hiring', roles: ['SDR'] })).toBe(true);
    expect(rule({ type: 'funding' })).toBe(true);
    expect(rule({ type: 'expansion' })).toBe(true);
    expect(rule({ type: 'hiring', departments: ['data'], seniorities: ['senior'] })).toBe(true);
    expect(rule({ type: 'funding', rounds: ['seed', 'series-a'], minAmountUsd: 5e6 })).toBe(true);
    expect(rule({ type: 'expansion', kinds: ['office', 'market'] })).toBe(true);
    expect(rule({ type: 'hiring', departments: ['sorcery'] })).toBe(false);
    expect(rule({ type: 'funding', rounds: ['series-z'] })).toBe(false);
  });
});
