// Technologies seen on LinkedIn or on a platform's pages are the host's,
// never the account's.

import { describe, expect, it } from 'vitest';
import { technologyOwner } from '../../../lib/extension/worker/techno/attribution';

describe('technologyOwner', () => {
  it.each([
    ['website', 'https://www.acme.com/about', 'account'],
    ['website', 'https://shop.acme.co.uk/', 'account'],
    ['linkedin-company', 'https://www.linkedin.com/company/acme/', 'host'],
    ['linkedin-person', 'https://www.linkedin.com/in/jane/', 'host'],
    ['website', 'https://uk.linkedin.com/company/acme', 'host'],
    ['website', 'https://acme.medium.com/launch', 'host'],
    ['website', 'https://acme.github.io/', 'host'],
    ['website', 'https://boards.greenhouse.io/acme', 'host'],
    ['other', 'https://techcrunch.com/2016/01/12/acme/', 'host'],
    ['website', 'not a url', 'account'],
  ] as const)('%s %s -> %s', (kind, url, owner) => {
    expect(technologyOwner(kind, url)).toBe(owner);
  });

  it.each([
    ['https://about.gitlab.com/blog/2024/06/25/survey/', 'gitlab.com', 'account'],
    ['https://yandex.ru/', 'yandex.ru', 'account'],
    // A company's page on a platform is still the platform's stack.
    ['https://boards.greenhouse.io/acme', 'acme.com', 'host'],
    ['https://acme.github.io/', 'acme.com', 'host'],
    ['https://about.gitlab.com/', 'notgitlab.com', 'host'],
  ] as const)('a platform page %s of the account %s -> %s', (url, domain, owner) => {
    expect(technologyOwner('website', url, domain)).toBe(owner);
  });

  it('does not mistake a lookalike domain for a platform', () => {
    expect(technologyOwner('website', 'https://notlinkedin.com/')).toBe('account');
  });
});
