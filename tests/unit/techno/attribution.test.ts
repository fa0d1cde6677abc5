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

  it('does not mistake a lookalike domain for a platform', () => {
    expect(technologyOwner('website', 'https://notlinkedin.com/')).toBe('account');
  });
});
