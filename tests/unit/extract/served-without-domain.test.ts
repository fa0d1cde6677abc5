import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/node/extract-page.ts';
import { parseHtml } from '../../../lib/node/parse-html';

const page = (ld: object) =>
  parseHtml(`<html><head><title>Acme</title>
    <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`);

const acme = {
  '@type': 'Organization',
  name: 'Acme Robotics',
  url: 'https://www.acme-robotics.com/',
};

describe('a company site served from an address with no domain', () => {
  it.each(['http://127.0.0.1:8080/', 'http://localhost:3000/', 'http://intranet/acme/'])(
    'takes the domain from the organisation’s own URL at %s',
    (url) => {
      const hints = extractPage(page(acme), url);
      expect(hints.kind).toBe('website');
      expect(hints.company).toMatchObject({ name: 'Acme Robotics', domain: 'acme-robotics.com' });
      expect(hints.evidence['company.domain']).toContain('Organization.url');
    },
  );

  it('still needs an organisation that states its URL', () => {
    const { url, ...nameOnly } = acme;
    expect(extractPage(page(nameOnly), 'http://127.0.0.1:8080/').kind).toBe('other');
  });

  it('does not let a page on a real domain claim another company’s domain', () => {
    const hints = extractPage(page(acme), 'https://www.example-news.com/story');
    expect(hints.company?.domain).not.toBe('acme-robotics.com');
  });
});
