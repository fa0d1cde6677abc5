// A broken, empty, huge or hostile page yields fewer fields, never an exception,
// and always output the background's schemas accept.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { extractPage, normalizePage, readPage } from '../../../lib/node/extract-page.ts';
import { pageHintsSchema, rawPageSchema } from '../../../lib/core/hints/schema';
import { fixtureHtml } from './fixture-pages';

const URLS = [
  'https://www.linkedin.com/company/acme/',
  'https://www.linkedin.com/company/acme/about/',
  'https://www.linkedin.com/in/someone/',
  'https://acme.com/',
  'https://www.bbc.com/news/x',
  'http://localhost:8080/',
  'not a url',
];

/** Reads and normalizes, checking both payloads against their schemas. */
function extractChecked(html: string, url: string) {
  const raw = readPage(parseHtml(html), url);
  const rawCheck = rawPageSchema.safeParse(raw);
  expect(rawCheck.error?.issues ?? []).toEqual([]);
  const hints = normalizePage(raw);
  const hintsCheck = pageHintsSchema.safeParse(hints);
  expect(hintsCheck.error?.issues ?? []).toEqual([]);
  return hints;
}

const ld = (text: string) => `<script type="application/ld+json">${text}</script>`;

describe('robustness', () => {
  it.each(URLS)('reads an empty document at %s', (url) => {
    const hints = extractChecked('', url);
    expect(hints.company).toBeUndefined();
    expect(hints.person).toBeUndefined();
  });

  it('skips broken JSON-LD and keeps reading the page', () => {
    const html = `${ld('{"@type": "Organization", "name": ')}${ld('not json at all')}${ld('')}
      <dl><dt>Industry</dt><dd>Software Development</dd></dl>`;
    const hints = extractChecked(html, 'https://www.linkedin.com/company/acme/');
    expect(hints.company?.industry).toBe('Software Development');
  });

  it('survives deeply nested JSON-LD', () => {
    const deepArray = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    let deepObject = '{"@type":"Organization","name":"Acme"}';
    for (let i = 0; i < 2_000; i += 1)
      deepObject = `{"@type":"Thing","child":${deepObject},"@id":"#n${i}"}`;
    const graph = `{"@graph":${'['.repeat(500)}{"@type":"Organization","name":"Deep"}${']'.repeat(500)}}`;
    const hints = extractChecked(ld(deepArray) + ld(deepObject) + ld(graph), 'https://acme.com/');
    // No organisation read from the nested blocks: the page is its domain's, named by the domain.
    expect(hints.kind).toBe('website');
    expect(hints.evidence['company.name']).toContain('domain label');
  });

  it('ignores a JSON-LD block over 200 KB', () => {
    const huge = JSON.stringify({
      '@type': 'Organization',
      name: 'Acme',
      url: 'https://acme.com/',
      description: 'x'.repeat(250_000),
    });
    const raw = readPage(parseHtml(ld(huge)), 'https://acme.com/');
    // The page is still its domain's (issue 14), but nothing of the block is read.
    expect(raw.company?.name).toBeUndefined();
    expect(raw.company?.description).toBeUndefined();
  });

  it('reads a 5 MB page with the same result, within its caps', () => {
    const filler =
      '<div class="feed-item"><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>' +
      '<dl><dt>Noise</dt><dd>noise</dd></dl><span class="visually-hidden">Hidden</span></div>';
    const base = fixtureHtml('linkedin-company-audiense.html');
    const padding = filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length));
    const decoy = ld(
      JSON.stringify({ '@type': 'Organization', name: 'Decoy', description: 'y'.repeat(300_000) }),
    );
    const html = base
      .replace('<head>', `<head>${decoy}`)
      .replace('</body>', `<footer>${padding}</footer></body>`);
    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);

    const hints = extractChecked(html, 'https://www.linkedin.com/company/audiense/');
    expect(hints.company).toMatchObject({
      name: 'Audiense',
      industry: 'Advertising Services',
      employees: { min: 51, max: 200 },
      hq: { city: 'London', country: 'GB' },
    });
    expect(hints.company?.description?.length).toBeLessThanOrEqual(2000);
    // Parsing 5 MB with linkedom takes seconds on a busy machine; the reader's own cost is in the bench.
  }, 60_000);

  it('caps what it reads from oversized fields', () => {
    const long = 'A'.repeat(10_000);
    const html = `<main><h1>${long}</h1><dl><dt>Industry</dt><dd>${long}</dd><dt>Specialties</dt><dd>${`${'b'.repeat(50)}, `.repeat(500)}</dd></dl></main>`;
    const hints = extractChecked(html, 'https://www.linkedin.com/company/acme/');
    expect(hints.company?.name?.length).toBeLessThanOrEqual(200);
    expect(hints.company?.industry?.length).toBeLessThanOrEqual(200);
    expect(hints.company?.specialties?.length).toBeLessThanOrEqual(50);
  });

  it.each(URLS)('clips oversized JSON-LD values at %s', (url) => {
    const long = (prefix: string) => `${prefix}${'x'.repeat(5_000)}`;
    const org = {
      '@type': ['Organization', 'LocalBusiness'],
      name: long('Acme '),
      url: long('https://acme.com/'),
      sameAs: Array.from({ length: 10 }, (_, i) => long(`https://s${i}.acme.com/`)).concat(
        long('https://www.linkedin.com/company/acme/'),
      ),
      description: long('d'),
      foundingDate: long('2011 '),
      slogan: long('see acme.com '),
      numberOfEmployees: { '@type': 'QuantitativeValue', value: long('12') },
      address: { addressLocality: long('L'), addressRegion: long('R'), addressCountry: long('C') },
    };
    const person = {
      '@type': 'Person',
      name: long('N'),
      jobTitle: long('T'),
      worksFor: { name: long('W') },
    };
    const block = JSON.stringify([org, person]);
    // Under the 200 KB limit, so the block is read rather than skipped.
    expect(block.length).toBeLessThan(200_000);
    extractChecked(ld(block), url);
  });

  it('survives deeply nested markup', () => {
    const depth = 20_000;
    const html = `<title>Acme</title><footer>${'<div>'.repeat(depth)}Durham, NC 27701${'</div>'.repeat(depth)}</footer>`;
    expect(() => extractChecked(html, 'https://acme.com/')).not.toThrow();
  });

  const fragments = fc.constantFrom(
    '<dt>',
    '</dt>',
    '<dd>',
    '</dd>',
    '<dl>',
    'Company size',
    'Industry',
    'Headquarters',
    'Website',
    'Founded',
    'Specialties',
    '51-200 employees',
    'https://www.linkedin.com/redir/redirect?url=http%3A%2F%2Facme%2Ecom',
    '<script type="application/ld+json">',
    '</script>',
    '{"@type":["Organization","NewsArticle"],"name":',
    '"address":{"addressLocality":"London","addressCountry":',
    '{"@graph":[',
    '{"@id":"#o"}',
    '"publisher":',
    '"sameAs":["https://www.linkedin.com/company/',
    ']}',
    '<footer>',
    '<address>',
    'Durham, NC 27701',
    ', CA 9',
    '<br>',
    '<h1>',
    '<main aria-label="Organization page for x">',
    '<aside>',
    '<section>',
    '<h2>Overview</h2>',
    '<h3>Contact info</h3><a href="http://',
    '<p class="org-top-card-summary__tagline">see acme.com',
    '<div class="org-top-card-summary-info-list__info-item">',
    '<div class="text-body-medium">',
    '<button aria-label="Current company: ',
    '<meta property="og:site_name" content="Acme Blog">',
    '<title>',
    '</title>',
    '<!--',
    '-->',
    '<',
    '>',
    '"',
    '\u0000',
    '\ud800',
  );
  const html = fc.oneof(
    fc.string({ maxLength: 3000, unit: 'binary' }),
    fc
      .array(fc.oneof(fragments, fc.string({ maxLength: 20 })), { maxLength: 80 })
      .map((parts) => parts.join('')),
  );

  it('never throws on random input and always yields schema-valid output', () => {
    fc.assert(
      fc.property(html, fc.constantFrom(...URLS), (text, url) => {
        extractChecked(text, url);
      }),
      { numRuns: 400 },
    );
  });

  it('normalizes any message the raw schema accepts into schema-valid hints', () => {
    const text = (max: number) =>
      fc.oneof(
        fc.string({ minLength: 1, maxLength: max }),
        fc.constantFrom(
          '51-200 employees',
          '10,001+',
          'London, England',
          'Durham, NC 27701',
          'https://www.linkedin.com/redir/redirect?url=http%3A%2F%2Facme%2Eco%2Euk',
          `http://${'a'.repeat(300)}.com`,
          'https://uk.linkedin.com/company/acme/about/',
          'Co-Founder @ Acme | Ex-Initech',
          '2011',
          'a, b, and c',
          '$10M-$50M',
          '10-50 Mio. €',
          'Less than $1M',
          'US$ 99999999999999B',
          'Computer Software',
          'Acme raised a $40M Series B.',
          'Acme opens a new office in Berlin',
          'We are a team of 250.',
          'Show all 8 jobs',
          'Account Executive (SDR)',
          'https://acme.com/careers',
        ),
      );
    const field = (max: number) =>
      fc.option(fc.record({ value: text(max), evidence: fc.string({ maxLength: 300 }) }), {
        nil: undefined,
      });
    const rawPage = fc.record({
      url: fc.string({ maxLength: 2048 }),
      kind: fc.constantFrom('linkedin-company', 'linkedin-person', 'website', 'other'),
      kindEvidence: fc.string({ maxLength: 300 }),
      company: fc.record({
        name: field(200),
        websites: fc.option(
          fc.array(
            fc.record({
              value: text(2048),
              evidence: fc.string({ maxLength: 300 }),
              mentioned: fc.boolean(),
            }),
            { maxLength: 5 },
          ),
          { nil: undefined },
        ),
        linkedinUrl: field(2048),
        industry: field(300),
        size: field(300),
        hq: field(300),
        address: fc.option(
          fc.record({
            locality: text(300),
            region: text(300),
            country: text(300),
            evidence: fc.string({ maxLength: 300 }),
          }),
          { nil: undefined },
        ),
        founded: field(300),
        specialties: field(2000),
        description: field(2000),
        revenue: field(300),
        statements: fc.option(
          fc.array(fc.record({ value: text(300), evidence: fc.string({ maxLength: 300 }) }), {
            maxLength: 10,
          }),
          { nil: undefined },
        ),
        links: fc.option(
          fc.record({ about: field(2048), careers: field(2048), pricing: field(2048) }),
          { nil: undefined },
        ),
      }),
      signals: fc.option(
        fc.array(
          fc.record({
            kind: fc.constantFrom(
              'funding',
              'careers',
              'hiring',
              'job-count',
              'job-title',
              'expansion',
            ),
            value: text(300),
            evidence: fc.string({ maxLength: 300 }),
            url: fc.option(text(2048), { nil: undefined }),
          }),
          { maxLength: 30 },
        ),
        { nil: undefined },
      ),
      person: fc.record({ name: field(200), headline: field(300), companyName: field(200) }),
    });
    fc.assert(
      fc.property(rawPage, (candidate) => {
        const parsed = rawPageSchema.safeParse(JSON.parse(JSON.stringify(candidate)));
        if (!parsed.success) return;
        const hints = normalizePage(parsed.data);
        const check = pageHintsSchema.safeParse(hints);
        expect(check.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('extractPage equals normalizePage(readPage())', () => {
    const doc = parseHtml(fixtureHtml('site-segment-blog.html'));
    const url = 'https://segment.com/blog/scaling-nsq';
    expect(extractPage(doc, url)).toEqual(normalizePage(readPage(doc, url)));
  });
});
