// The background parses every message with these schemas: they must accept
// whatever the reader produces and reject junk.

import { describe, expect, it } from 'vitest';
import { extractPage, readPage } from '../../../lib/node/extract-page.ts';
import { pageHintsSchema, rawPageSchema } from '../../../lib/core/hints/schema';
import { aboutTabUrl, fixtureDoc, fixturePages } from './fixture-pages';

const pages = fixturePages.flatMap((p) =>
  p.expected.kind === 'linkedin-company'
    ? [
        [p.file, p.url],
        [p.file, aboutTabUrl(p.url)],
      ]
    : [[p.file, p.url]],
);

describe('rawPageSchema', () => {
  it.each(pages)('accepts what readPage reads from %s at %s', (file, url) => {
    const raw = readPage(fixtureDoc(file ?? ''), url ?? '');
    expect(rawPageSchema.parse(raw)).toEqual(raw);
  });

  const valid = {
    url: 'https://www.linkedin.com/company/acme/',
    kind: 'linkedin-company',
    kindEvidence: 'URL path /company/acme',
    company: { name: { value: 'Acme', evidence: 'h1 in main' } },
  };

  it.each([
    ['a non-object', 'hello'],
    ['null', null],
    ['an unknown kind', { ...valid, kind: 'facebook' }],
    ['a missing kindEvidence', { url: valid.url, kind: 'other' }],
    ['an unknown top-level key', { ...valid, script: 'alert(1)' }],
    [
      'an unknown company key',
      { ...valid, company: { ...valid.company, ceo: { value: 'x', evidence: 'y' } } },
    ],
    [
      'a name over 200 chars',
      { ...valid, company: { name: { value: 'x'.repeat(201), evidence: 'e' } } },
    ],
    ['an empty value', { ...valid, company: { name: { value: '', evidence: 'e' } } }],
    [
      'evidence over 300 chars',
      { ...valid, company: { name: { value: 'x', evidence: 'e'.repeat(301) } } },
    ],
    ['a number for a string', { ...valid, company: { name: { value: 42, evidence: 'e' } } }],
    [
      'more than 5 websites',
      {
        ...valid,
        company: { websites: Array.from({ length: 6 }, () => ({ value: 'a.com', evidence: 'e' })) },
      },
    ],
    ['a URL over 2048 chars', { ...valid, url: `https://a.com/${'x'.repeat(2048)}` }],
    ['an unknown signal kind', { ...valid, signals: [{ kind: 'ipo', value: 'x', evidence: 'e' }] }],
    [
      'more than 30 signals',
      {
        ...valid,
        signals: Array.from({ length: 31 }, () => ({ kind: 'hiring', value: 'x', evidence: 'e' })),
      },
    ],
    [
      'more than 10 statements',
      {
        ...valid,
        company: { statements: Array.from({ length: 11 }, () => ({ value: 'x', evidence: 'e' })) },
      },
    ],
    [
      'an unknown link kind',
      { ...valid, company: { links: { blog: { value: 'x', evidence: 'e' } } } },
    ],
    [
      'a guessed flag that is not a boolean',
      { ...valid, company: { industry: { value: 'x', evidence: 'e', guessed: 'yes' } } },
    ],
  ])('rejects %s', (_label, value) => {
    expect(rawPageSchema.safeParse(value).success).toBe(false);
  });

  it('accepts signals, statements, links, revenue and a guessed industry', () => {
    const page = {
      ...valid,
      company: {
        industry: { value: 'Software Development', evidence: 'top card', guessed: true },
        revenue: { value: '$50M in annual revenue', evidence: 'text' },
        statements: [{ value: 'We are a team of 250.', evidence: 'text' }],
        links: { careers: { value: 'https://acme.com/careers', evidence: 'link' } },
      },
      signals: [
        { kind: 'careers', value: 'Careers', url: 'https://acme.com/careers', evidence: 'link' },
        { kind: 'job-count', value: 'Show all 8 jobs', evidence: 'link' },
      ],
    };
    expect(rawPageSchema.parse(page)).toEqual(page);
  });
});

describe('pageHintsSchema', () => {
  it.each(pages)('accepts what extractPage yields for %s at %s', (file, url) => {
    const hints = extractPage(fixtureDoc(file ?? ''), url ?? '');
    expect(pageHintsSchema.parse(hints)).toEqual(hints);
  });

  const valid = {
    url: 'https://acme.com/',
    kind: 'website',
    company: {
      name: 'Acme',
      domain: 'acme.com',
      hq: { city: 'Austin', region: 'TX', country: 'US' },
    },
    technologies: [],
    signals: [],
    evidence: { kind: 'x', 'company.name': 'title' },
  };

  it('accepts a valid object', () => {
    expect(pageHintsSchema.safeParse(valid).success).toBe(true);
  });

  it('accepts links, revenue and signals', () => {
    const hints = {
      ...valid,
      company: {
        ...valid.company,
        revenueUsd: { min: 50_000_000, max: 50_000_000 },
        links: { about: 'https://acme.com/about', careers: 'https://boards.greenhouse.io/acme' },
      },
      signals: [{ type: 'funding', detail: 'Series B, $40M', evidence: 'text' }],
    };
    expect(pageHintsSchema.safeParse(hints).success).toBe(true);
  });

  it.each([
    ['a lower-case country', { ...valid, company: { hq: { country: 'us' } } }],
    ['a negative employee count', { ...valid, company: { employees: { min: -1 } } }],
    ['a fractional year', { ...valid, company: { foundedYear: 2011.5 } }],
    [
      '51 specialties',
      { ...valid, company: { specialties: Array.from({ length: 51 }, (_, i) => `s${i}`) } },
    ],
    ['an unknown company key', { ...valid, company: { ...valid.company, ceo: 'x' } }],
    ['missing technologies', { ...valid, technologies: undefined }],
    ['a description over 2000 chars', { ...valid, company: { description: 'x'.repeat(2001) } }],
    [
      'a link that is not a web URL',
      { ...valid, company: { links: { about: 'javascript:alert(1)' } } },
    ],
    ['an unknown link kind', { ...valid, company: { links: { blog: 'https://acme.com/blog' } } }],
    [
      'a signal without a detail',
      { ...valid, signals: [{ type: 'hiring', evidence: 'link "Careers"' }] },
    ],
    [
      'too many evidence entries',
      {
        ...valid,
        evidence: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v'])),
      },
    ],
  ])('rejects %s', (_label, value) => {
    expect(pageHintsSchema.safeParse(value).success).toBe(false);
  });
});
