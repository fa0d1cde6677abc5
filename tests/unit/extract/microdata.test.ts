// schema.org microdata and Twitter card meta as sources for a company site,
// below JSON-LD.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { extractPage } from '../../../lib/node/extract-page.ts';
import { readMicrodata } from '../../../lib/dom/read/microdata';
import { MICRODATA_TYPES } from '../../../lib/dom/read/page-kind';

const doc = (head: string, body: string) =>
  parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

const org = `<div itemscope itemtype="http://schema.org/Organization">
  <span itemprop="name">Acme Robotics</span>
  <link itemprop="url" href="/">
  <meta itemprop="foundingDate" content="2009-04-01">
  <div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
    <span itemprop="addressLocality">Lyon</span> <span itemprop="addressCountry">FR</span>
  </div>
  <div itemprop="employee" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jo</span></div>
</div>`;

describe('readMicrodata', () => {
  it('reads an item’s own properties, nested items as nodes, not its children’s', () => {
    const [node] = readMicrodata(doc('', org), MICRODATA_TYPES);
    expect(node).toMatchObject({
      '@type': 'Organization',
      name: 'Acme Robotics',
      url: '/',
      foundingDate: '2009-04-01',
      address: { '@type': 'PostalAddress', addressLocality: 'Lyon', addressCountry: 'FR' },
      employee: { '@type': 'Person', name: 'Jo' },
    });
  });

  it('reads only the types asked for', () => {
    expect(
      readMicrodata(
        doc(
          '',
          '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jo</span></div>',
        ),
        MICRODATA_TYPES,
      ),
    ).toEqual([]);
  });

  it('survives an item that wraps a huge page', () => {
    const props = '<span itemprop="x">1</span>'.repeat(5000);
    const nodes = readMicrodata(
      doc(
        '',
        `<body itemscope itemtype="https://schema.org/Organization">${props}<span itemprop="name">Late</span></body>`,
      ),
      MICRODATA_TYPES,
    );
    expect(nodes.length).toBeLessThanOrEqual(1);
  });
});

describe('a company site described in microdata', () => {
  it('names the owner and reads its fields, with microdata evidence', () => {
    const hints = extractPage(doc('<title>Home</title>', org), 'https://www.acme-robotics.fr/');
    expect(hints.kind).toBe('website');
    expect(hints.company).toMatchObject({
      name: 'Acme Robotics',
      domain: 'acme-robotics.fr',
      hq: { city: 'Lyon', country: 'FR' },
      foundedYear: 2009,
    });
    expect(hints.evidence.kind).toBe('microdata Organization names the site owner');
  });

  it('yields to JSON-LD where both describe the owner', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'Organization',
      name: 'Acme Robotics SAS',
      url: 'https://www.acme-robotics.fr/',
      foundingDate: '2011',
    })}</script>`;
    const hints = extractPage(doc(ld, org), 'https://www.acme-robotics.fr/');
    // The legal form leaves the name shown (issue 14) and stays in the evidence.
    expect(hints.company).toMatchObject({ name: 'Acme Robotics', foundedYear: 2011 });
    expect(hints.evidence['company.name']).toContain('Acme Robotics SAS');
  });

  it('makes a page with a microdata NewsArticle other', () => {
    const html = doc(
      '<meta property="og:site_name" content="Acme Robotics">',
      '<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">x</h1></article>',
    );
    expect(extractPage(html, 'https://www.acme-robotics.fr/news/1').kind).toBe('other');
  });
});

describe('Twitter card meta', () => {
  it('names the site from twitter:title when the title does not', () => {
    const hints = extractPage(
      doc(
        '<title>Welcome!</title><meta name="twitter:title" content="Home | Globex Labs"><meta name="twitter:site" content="@globexlabs">',
        '',
      ),
      'https://globexlabs.io/',
    );
    expect(hints.company?.name).toBe('Globex Labs');
    expect(hints.evidence['company.name']).toContain('twitter:site "@globexlabs"');
  });

  it('does not make a page a company site by its handle alone', () => {
    const hints = extractPage(
      doc('<title>Welcome!</title><meta name="twitter:site" content="@globexlabs">', ''),
      'https://globexlabs.io/',
    );
    // The page is its domain's (issue 14); the handle is no evidence of its name.
    expect(hints.company?.name).toBe('Globexlabs');
    expect(hints.evidence['company.name']).toContain('domain label');
  });
});
