// Links to a company's about, careers, pricing and customers pages: by their
// text first, their path second, on the company's own domain only.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { extractPage } from '../../../lib/node/extract-page.ts';
import { readSiteLinks } from '../../../lib/dom/read/site-links';

const doc = (body: string) =>
  parseHtml(
    `<!DOCTYPE html><html><head><meta property="og:site_name" content="Acme"></head><body>${body}</body></html>`,
  );
const PAGE = 'https://www.acme.com/blog/post';

describe('company links', () => {
  it('prefers a link’s text to its path, and resolves relative links', () => {
    const hints = extractPage(
      doc(`
        <a href="/company">Company</a>
        <a href="/about-us">Who we are</a>
        <a href="/plans">Plans &amp; pricing</a>
        <a href="/case-studies">Case studies</a>
        <a href="https://jobs.lever.co/acme">Careers</a>`),
      PAGE,
    );
    expect(hints.company?.links).toEqual({
      about: 'https://www.acme.com/company',
      careers: 'https://jobs.lever.co/acme',
      pricing: 'https://www.acme.com/plans',
      customers: 'https://www.acme.com/case-studies',
    });
  });

  it('falls back to the path when no text says what the page is', () => {
    expect(
      extractPage(
        doc('<a href="/en/pricing/"><img alt=""></a><a href="/careers">Join the crew</a>'),
        PAGE,
      ).company?.links,
    ).toEqual({
      pricing: 'https://www.acme.com/en/pricing/',
      careers: 'https://www.acme.com/careers',
    });
  });

  it('ignores other sites, menu toggles, in-page anchors and non-web links', () => {
    const links = extractPage(
      doc(`
        <a href="/">Company</a>
        <a href="#pricing">Pricing</a>
        <a href="https://www.globex.com/about">About</a>
        <a href="https://twitter.com/acme/careers">Careers</a>
        <a href="mailto:jobs@acme.com">Careers</a>
        <a href="javascript:void(0)">Customers</a>`),
      PAGE,
    ).company?.links;
    expect(links).toBeUndefined();
  });

  it('reads at most a bounded number of links', () => {
    const filler = '<a href="/x">x</a>'.repeat(2000);
    expect(readSiteLinks(doc(`${filler}<a href="/pricing">Pricing</a>`), new URL(PAGE))).toEqual(
      {},
    );
  });
});
