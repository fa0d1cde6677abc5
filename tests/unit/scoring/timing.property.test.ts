// Nothing is formatted into prose and parsed back: whatever a signal's
// words say, timing reads only its type and its typed data.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, SENIORITIES } from '../../../lib/core/jobs/job-kinds';
import { EXPANSION_KINDS, FUNDING_ROUNDS } from '../../../lib/core/hints/signal-kinds';
import type { SignalHint } from '../../../lib/core/hints/page-hints';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { icpConfigSchema } from '../../../lib/core/icp/schema';
import { timingFor } from '../../../lib/core/scoring/timing';

const WORDS = [
  'SDR',
  'Account Executive',
  'Data Engineer',
  'Series B',
  '17 open jobs',
  '$40M',
  'office',
  'Berlin',
];
const prose = fc
  .array(fc.constantFrom(...WORDS, 'hiring for:', 'Raised', ','), { maxLength: 8 })
  .map((w) => w.join(' '));

const signalArb: fc.Arbitrary<SignalHint> = fc.oneof(
  fc.record({
    type: fc.constant('hiring'),
    detail: prose,
    evidence: fc.constant('e'),
    hiring: fc.option(
      fc.record({
        titles: fc.array(
          fc.constantFrom('Data Engineer', 'Account Executive', 'Werkstudent', 'Koch'),
          { maxLength: 3 },
        ),
        departments: fc.uniqueArray(fc.constantFrom(...DEPARTMENTS), { maxLength: 3 }),
        seniorities: fc.uniqueArray(fc.constantFrom(...SENIORITIES), { maxLength: 2 }),
        count: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
        source: fc.constantFrom('careers-page', 'statement', 'job-count', 'job-list'),
      }),
      { nil: undefined },
    ),
  }),
  fc.record({
    type: fc.constant('funding'),
    detail: prose,
    evidence: fc.constant('e'),
    funding: fc.option(
      fc.record({
        round: fc.option(fc.constantFrom(...FUNDING_ROUNDS), { nil: undefined }),
        amount: fc.option(
          fc.record({
            value: fc.integer({ min: 1e5, max: 1e8 }),
            currency: fc.constantFrom('USD', 'EUR'),
          }),
          { nil: undefined },
        ),
      }),
      { nil: undefined },
    ),
  }),
  fc.record({
    type: fc.constant('expansion'),
    detail: prose,
    evidence: fc.constant('e'),
    expansion: fc.option(
      fc.record({ kind: fc.constantFrom(...EXPANSION_KINDS), place: fc.constant('Berlin') }),
      {
        nil: undefined,
      },
    ),
  }),
) as fc.Arbitrary<SignalHint>;

const icp = icpConfigSchema.parse({
  ...JSON.parse(JSON.stringify(sampleIcp)),
  buyingSignals: [
    {
      id: 'roles',
      label: 'r',
      weight: 10,
      rule: { type: 'hiring', roles: ['SDR', 'Data Engineer'] },
    },
    {
      id: 'dept',
      label: 'd',
      weight: 10,
      rule: { type: 'hiring', departments: ['sales'], seniorities: ['intern'] },
    },
    { id: 'jobs', label: 'j', weight: 10, rule: { type: 'job-count', min: 10 } },
    {
      id: 'b',
      label: 'b',
      weight: 10,
      rule: { type: 'funding', rounds: ['series-b'], minAmountUsd: 1e7 },
    },
    { id: 'office', label: 'o', weight: 10, rule: { type: 'expansion', kinds: ['office'] } },
  ],
});

const matched = (signals: SignalHint[]) => timingFor(signals, icp).signals.map((s) => s.id);

describe('timing reads typed data, never words', () => {
  it('matches the same rules whatever the details say', () => {
    fc.assert(
      fc.property(
        fc.array(signalArb, { maxLength: 6 }),
        fc.array(prose, { minLength: 6, maxLength: 6 }),
        (signals, words) => {
          const reworded = signals.map((s, i) => ({ ...s, detail: words[i]! }));
          expect(matched(reworded)).toEqual(matched(signals));
        },
      ),
    );
  });

  it('matches nothing that asks for more than a type on a signal that has only words', () => {
    fc.assert(
      fc.property(fc.array(signalArb, { maxLength: 6 }), (signals) => {
        const wordsOnly = signals.map(({ type, detail, evidence }) => ({ type, detail, evidence }));
        expect(matched(wordsOnly)).toEqual([]);
      }),
    );
  });
});
