// Whose stack a page's technologies describe. A company's own site shows the
// company's stack; a LinkedIn page shows LinkedIn's (React, LinkedIn Ads on
// every company page), and a page a platform serves for the company (a
// Medium blog, a GitHub Pages site, a job board) shows the platform's. Only
// the first may ever reach the account.

import type { PageKind } from '../extract/page-hints';

/**
 * Hosts that serve many companies' pages on a stack the company does not
 * choose. A custom domain pointed at such a platform is not listed: there
 * the platform is the company's choice (its CMS, its shop).
 */
const PLATFORM_HOSTS = [
  'linkedin.com',
  'medium.com',
  'substack.com',
  'github.com',
  'github.io',
  'gitlab.io',
  'notion.site',
  'blogspot.com',
  'wordpress.com',
  'tumblr.com',
  'youtube.com',
  'facebook.com',
  'x.com',
  'twitter.com',
  'instagram.com',
  'crunchbase.com',
  'glassdoor.com',
  'indeed.com',
  'greenhouse.io',
  'lever.co',
  'ashbyhq.com',
  'workable.com',
  'g2.com',
  'capterra.com',
  'producthunt.com',
];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function isPlatformHost(url: string): boolean {
  const host = hostOf(url);
  return PLATFORM_HOSTS.some((p) => host === p || host.endsWith(`.${p}`));
}

/**
 * `account` when the page is the company's own site, so its technologies are
 * the account's; `host` otherwise (they describe whoever serves the page).
 */
export function technologyOwner(kind: PageKind, url: string): 'account' | 'host' {
  return kind === 'website' && !isPlatformHost(url) ? 'account' : 'host';
}
