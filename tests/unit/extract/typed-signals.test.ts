// Typed signals end to end, from a page to the data scoring reads: funding
// and expansion stated in the languages of company news, and job lists read
// from their structure.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { extractPage } from '../../../lib/node/extract-page';
import { pageHintsSchema } from '../../../lib/core/hints/schema';

const page = (body: string, path = '/', head = '') =>
  extractPage(
    parseHtml(
      `<!DOCTYPE html><html><head><title>Acme</title><meta property="og:site_name" content="Acme">${head}</head><body>${body}</body></html>`,
    ),
    `https://www.acme.eu${path}`,
  );
const typed = (body: string, path?: string, head?: string) =>
  page(body, path, head).signals.map(({ evidence: _, ...s }) => s);

describe('funding stated in the languages of company news', () => {
  it.each([
    [
      'Acme sammelt 15 Millionen Euro in einer Series-B-Finanzierungsrunde ein.',
      { round: 'series-b', amount: { value: 15e6, currency: 'EUR' } },
    ],
    [
      "Acme lève 20 millions d'euros en série A.",
      { round: 'series-a', amount: { value: 20e6, currency: 'EUR' } },
    ],
    [
      'Acme recauda 5 millones de dólares en una ronda semilla.',
      { round: 'seed', amount: { value: 5e6, currency: 'USD' } },
    ],
    [
      'Acme capta R$ 10 milhões em rodada série A.',
      { round: 'series-a', amount: { value: 10e6, currency: 'BRL' } },
    ],
    ['Acme raccoglie 3 milioni di euro.', { amount: { value: 3e6, currency: 'EUR' } }],
    [
      'Acme haalt 12 miljoen euro op in een Series A-ronde.',
      { round: 'series-a', amount: { value: 12e6, currency: 'EUR' } },
    ],
    [
      'In March 2026 Acme raised $20M in a Series B.',
      { round: 'series-b', amount: { value: 20e6, currency: 'USD' } },
    ],
    [
      'Acme raised $20M in a Series B in March 2026.',
      { round: 'series-b', amount: { value: 20e6, currency: 'USD' }, date: '2026-03' },
    ],
  ])('%s', (sentence, funding) => {
    expect(typed(`<p>${sentence}</p>`).filter((s) => s.type === 'funding')).toEqual([
      expect.objectContaining({ type: 'funding', funding }),
    ]);
  });

  it('writes the round in words once, from the data', () => {
    expect(typed('<p>Acme raised $20M in a Series B in March 2026.</p>')).toEqual([
      expect.objectContaining({ detail: 'Raised $20M Series B, March 2026' }),
    ]);
  });

  it('takes no other company’s round and no price', () => {
    expect(
      typed(`<p>Notre client Initech lève 20 millions d'euros.</p><p>Plans start at $49 per month.</p>
             <p>Unser Kunde Globex sammelt 15 Millionen Euro ein.</p>`),
    ).toEqual([]);
  });
});

describe('expansion stated in the languages of company news', () => {
  it.each([
    ['Acme eröffnet ein neues Büro in München.', 'office', 'München'],
    ['Acme ouvre un bureau à Paris.', 'office', 'Paris'],
    ['Acme abre una nueva oficina en Madrid.', 'office', 'Madrid'],
    ['Acme abre um escritório em Lisboa.', 'office', 'Lisboa'],
    ['Acme apre un nuovo ufficio a Milano.', 'office', 'Milano'],
    ['Acme opent een kantoor in Amsterdam.', 'office', 'Amsterdam'],
    ['Acme Opens New Office In Berlin And Munich', 'office', 'Berlin'],
    ['Acme moved its headquarters to Austin, Texas.', 'headquarters', 'Austin'],
    ['Acme expands into the United Kingdom.', 'market', 'United Kingdom'],
  ])('%s', (sentence, kind, place) => {
    expect(typed(`<p>${sentence}</p>`)).toEqual([
      expect.objectContaining({ type: 'expansion', expansion: { kind, place } }),
    ]);
  });

  it('needs a place: an office without one is no expansion', () => {
    expect(
      typed('<p>Acme opened its office doors to the community.</p><p>Contact our office.</p>'),
    ).toEqual([]);
  });
});

describe('job lists', () => {
  const posting = (title: string, org: unknown) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title,
      datePosted: '2026-11-20',
      hiringOrganization: org,
    })}</script>`;

  it('reads JSON-LD JobPosting titles the company posts, on any page', () => {
    const head = posting('Data Engineer (m/w/d)', { '@type': 'Organization', name: 'Acme GmbH' });
    expect(typed('<p>Apply now</p>', '/jobs/123', head)).toEqual([
      {
        type: 'hiring',
        detail: 'Hiring 1 data role: Data Engineer (m/w/d)',
        hiring: {
          titles: ['Data Engineer (m/w/d)'],
          departments: ['data'],
          seniorities: [],
          source: 'job-list',
        },
      },
    ]);
  });

  it('drops postings a staffing firm publishes for someone else', () => {
    const head = posting('Data Engineer', { '@type': 'Organization', name: 'Globex Staffing' });
    expect(typed('', '/jobs/123', head)).toEqual([]);
  });

  it('reads the careers page’s job links, any role, and not its navigation', () => {
    const signals = typed(
      `<header><nav><a href="/karriere">Karriere</a><a href="/team">Team Lead Stories</a></nav></header>
       <main><a href="/karriere/1"><h3>Ingénieur logiciel</h3><span>Paris · CDI</span></a>
       <a href="/karriere/2"><h3>Vertriebsleiter (m/w/d)</h3><span>Berlin</span></a>
       <a href="/karriere/3">Werkstudent Marketing</a><a href="/benefits">Unsere Benefits</a></main>
       <footer><a href="/imprint">Head of Imprint Manager</a></footer>`,
      '/karriere',
    );
    expect(signals).toEqual([
      expect.objectContaining({
        hiring: {
          titles: ['Ingénieur logiciel', 'Vertriebsleiter (m/w/d)', 'Werkstudent Marketing'],
          departments: ['engineering', 'sales', 'marketing'],
          seniorities: ['head', 'intern'],
          source: 'job-list',
        },
      }),
    ]);
  });

  it('produces hints the background accepts', () => {
    const hints = page(
      `<main><a href="/jobs/1">Senior Software Engineer</a></main><p>Acme raised $20M in a Series B.</p><p>Acme opens an office in Berlin.</p>`,
      '/careers',
    );
    expect(hints.signals.map((s) => s.type)).toEqual(['funding', 'expansion', 'hiring']);
    expect(pageHintsSchema.safeParse(hints).success).toBe(true);
  });
});
