// Smaller field rules: headlines to titles, founding years, specialties, and
// how normalizePage picks among website candidates.

import { describe, expect, it } from 'vitest';
import { listFromText, normalizePage, yearFromText } from '../../../lib/core/normalize/normalize';
import { splitHeadline } from '../../../lib/core/normalize/person';
import type { RawPage } from '../../../lib/core/hints/raw-page';

describe('splitHeadline', () => {
  it.each([
    ['Co-Founder ꩜Substrate', '꩜Substrate', { title: 'Co-Founder' }],
    ['CEO at Acme', 'Acme', { title: 'CEO' }],
    ['CEO at Acme', undefined, { title: 'CEO', company: 'Acme' }],
    ['VP Sales @ Globex | Ex-Initech', undefined, { title: 'VP Sales', company: 'Globex' }],
    [
      'General Partner @South Park Commons | Ex CTO @ Dropbox',
      undefined,
      { title: 'General Partner', company: 'South Park Commons' },
    ],
    ['Head of Growth, Acme', 'Acme', { title: 'Head of Growth' }],
    ['Software Engineer', 'Acme', { title: 'Software Engineer' }],
    ['', undefined, {}],
  ])('%j with company %j → %j', (headline, company, parts) => {
    expect(splitHeadline(headline, company)).toEqual(parts);
  });
});

describe('yearFromText', () => {
  it.each([
    ['2011', 2011],
    ['2015-03-01', 2015],
    ['Founded in 1998', 1998],
    ['3050', undefined],
    ['n/a', undefined],
  ])('%s → %s', (text, year) => {
    expect(yearFromText(text)).toBe(year);
  });
});

describe('listFromText', () => {
  it('splits LinkedIn specialties, dropping the final "and"', () => {
    expect(listFromText('Revenue operations, Data enrichment, and B2B analytics')).toEqual([
      'Revenue operations',
      'Data enrichment',
      'B2B analytics',
    ]);
  });
  it('caps the list at 50 items', () => {
    expect(listFromText(Array.from({ length: 80 }, (_, i) => `s${i}`).join(', '))).toHaveLength(50);
  });
});

describe('normalizePage', () => {
  const page = (websites: NonNullable<RawPage['company']>['websites']): RawPage => ({
    url: 'https://www.linkedin.com/company/motionapp/',
    kind: 'linkedin-company',
    kindEvidence: 'URL path /company/motionapp',
    company: { name: { value: 'Motion', evidence: 'h1' }, websites },
  });

  it('takes the first website candidate that yields a domain', () => {
    const hints = normalizePage(
      page([
        { value: 'not a site', evidence: 'dt "Website"' },
        { value: 'https://usemotion.com/teams', evidence: '"Contact info" link' },
      ]),
    );
    expect(hints.company?.domain).toBe('usemotion.com');
    expect(hints.evidence['company.domain']).toBe(
      '"Contact info" link: https://usemotion.com/teams',
    );
  });

  it('trusts a domain mentioned in a tagline only when it fits the company name', () => {
    const mention = (value: string) => [{ value, evidence: 'tagline', mentioned: true }];
    expect(normalizePage(page(mention('usemotion.com/teams'))).company?.domain).toBe(
      'usemotion.com',
    );
    expect(normalizePage(page(mention('express.io'))).company?.domain).toBeUndefined();
  });

  it('never outputs company fields for pages of kind other', () => {
    const hints = normalizePage({ ...page(undefined), kind: 'other' });
    expect(hints.company).toBeUndefined();
    expect(hints).toEqual({
      url: 'https://www.linkedin.com/company/motionapp/',
      kind: 'other',
      technologies: [],
      signals: [],
      evidence: { kind: 'URL path /company/motionapp' },
    });
  });
});
