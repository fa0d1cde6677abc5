// Which pages are a company's own site, LinkedIn pages, or something else.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { extractPage } from '../../../lib/node/extract-page.ts';

const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('page kinds', () => {
  it.each([
    ['https://www.linkedin.com/company/acme/', 'linkedin-company'],
    ['https://linkedin.com/company/acme', 'linkedin-company'],
    ['https://uk.linkedin.com/company/acme/people/?keywords=x', 'linkedin-company'],
    ['https://www.linkedin.com/company/acme/jobs/', 'linkedin-company'],
    ['https://www.linkedin.com/in/someone/', 'linkedin-person'],
    ['https://www.linkedin.com/in/someone/details/experience/', 'linkedin-person'],
    ['https://www.linkedin.com/feed/', 'other'],
    ['https://www.linkedin.com/jobs/view/123/', 'other'],
    ['https://www.linkedin.com/pulse/some-article/', 'other'],
    // Not LinkedIn: a page of notlinkedin.com's owner (issue 14: no "other" for want of a name).
    ['https://notlinkedin.com/company/acme/', 'website'],
  ])('%s is %s', (url, kind) => {
    expect(extractPage(parseHtml('<html><body></body></html>'), url).kind).toBe(kind);
  });

  it('takes a nested @graph LocalBusiness whose url is on the host as the site owner', () => {
    const html = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', url: 'https://www.bluebottle.example.com/' },
        {
          '@type': 'LocalBusiness',
          name: 'Blue Bottle Bakery',
          url: 'https://bluebottle.example.com/',
          address: {
            '@type': 'PostalAddress',
            addressLocality: 'Portland',
            addressRegion: 'Oregon',
          },
        },
      ],
    });
    const hints = extractPage(parseHtml(html), 'https://www.bluebottle.example.com/menu');
    expect(hints.kind).toBe('website');
    expect(hints.company).toMatchObject({
      name: 'Blue Bottle Bakery',
      hq: { city: 'Portland', region: 'OR', country: 'US' },
    });
  });

  it('ignores an Organization that is not the site owner', () => {
    const html = ld({ '@type': 'Organization', name: 'Globex', url: 'https://globex.com/' });
    const hints = extractPage(parseHtml(html), 'https://www.someblog.net/post');
    // The page is its domain owner's, named by the domain only: never Globex.
    expect(hints.kind).toBe('website');
    expect(hints.company).toEqual({ name: 'Someblog', domain: 'someblog.net' });
    expect(hints.evidence['company.name']).toContain('low confidence');
  });

  it('names a page with nothing to go on after its domain, with low confidence', () => {
    const hints = extractPage(parseHtml('<p>hello</p>'), 'https://example.net/');
    expect(hints.kind).toBe('website');
    expect(hints.company).toEqual({ name: 'Example', domain: 'example.net' });
    expect(hints.evidence['company.name']).toContain(
      'domain label of example.net (low confidence)',
    );
  });

  it.each([
    [
      'a blog on a blog host',
      '<title>Mein Blog</title>',
      'https://buchperlen.wordpress.com/2013/x/',
    ],
    ['a site on a builder subdomain', '<title>Acme</title>', 'https://acme.webflow.io/'],
    [
      'a blogspot blog',
      '<meta property="og:site_name" content="Plenty">',
      'https://plenty.blogspot.com/p',
    ],
    [
      'a forum posting',
      ld({ '@type': 'DiscussionForumPosting', headline: 'Help' }),
      'https://www.katzen-forum.example/t/123',
    ],
    ['a Q&A page', ld({ '@type': 'QAPage' }), 'https://answers.example.org/q/1'],
    ['a review platform', '<title>Acme reviews</title>', 'https://uk.trustpilot.com/reviews/1'],
    [
      'a wiki article',
      '<title>Mozilla - Wikipedia</title>',
      'https://en.wikipedia.org/wiki/Mozilla',
    ],
    ['a page of a news publisher', '<title>KPMG</title>', 'https://ici.radio-canada.ca/nouvelle/1'],
  ])('stores nothing for %s', (_label, html, url) => {
    const hints = extractPage(parseHtml(html), url);
    expect(hints.kind).toBe('other');
    expect(hints.company).toBeUndefined();
  });

  it.each([
    ['https://about.gitlab.com/blog/2024/06/25/x/', 'gitlab.com'],
    ['https://yandex.ru/', 'yandex.ru'],
    ['https://wordpress.com/', 'wordpress.com'],
  ])("reads %s as the platform's own page", (url, domain) => {
    const hints = extractPage(parseHtml('<title>Home</title>'), url);
    expect(hints.kind).toBe('website');
    expect(hints.company?.domain).toBe(domain);
  });

  it('recognises a company blog post (BlogPosting with its own publisher)', () => {
    const html = `<meta property="og:type" content="article">${ld({
      '@type': 'BlogPosting',
      headline: 'Why we moved to Postgres',
      publisher: { '@type': 'Organization', name: 'Initech' },
    })}`;
    const hints = extractPage(parseHtml(html), 'https://initech.io/blog/postgres');
    expect(hints.kind).toBe('website');
    expect(hints.company).toEqual({ name: 'Initech', domain: 'initech.io' });
  });

  it.each([
    [
      'a NewsArticle on any host',
      ld({ '@type': 'NewsArticle', headline: 'x' }),
      'https://acme-news.com/a',
    ],
    [
      'a NewsMediaOrganization publisher',
      ld({ '@type': 'Article', publisher: { '@type': 'NewsMediaOrganization', name: 'Acme' } }),
      'https://acme.com/story',
    ],
    [
      'an article on a known media host',
      '<meta property="og:type" content="article"><meta property="og:site_name" content="Forbes">',
      'https://www.forbes.com/sites/x/2024/01/01/y/',
    ],
    [
      'a search engine with Organization JSON-LD',
      ld({ '@type': 'Organization', name: 'Google', url: 'https://www.google.com/' }),
      'https://www.google.co.uk/search?q=acme',
    ],
    ['webmail', '<title>Inbox - Outlook</title>', 'https://outlook.live.com/mail/0/'],
    [
      'a blog platform',
      '<meta property="og:site_name" content="Medium">',
      'https://medium.com/@someone/post',
    ],
    ['a docs host', '<title>Acme — Acme docs</title>', 'https://acme.readthedocs.io/en/latest/'],
    ['a non-http URL', '<title>Acme</title>', 'file:///tmp/acme.html'],
  ])('classifies %s as other', (_label, html, url) => {
    const hints = extractPage(parseHtml(html), url);
    expect(hints.kind).toBe('other');
    expect(hints.company).toBeUndefined();
    expect(hints.evidence.kind).toMatch(/\S/);
  });

  it('names a company site from its title when a part fits the host', () => {
    const hints = extractPage(
      parseHtml('<title>Pricing — Globex Corp</title>'),
      'https://globex.com/pricing',
    );
    // The legal form stays in the evidence and leaves the name shown (issue 14).
    expect(hints.company).toEqual({ name: 'Globex', domain: 'globex.com' });
    expect(hints.evidence['company.name']).toContain('Globex Corp');
  });
});
