// Whose stack a page's technologies describe. A company's own site shows the
// company's stack; a LinkedIn page shows LinkedIn's (React, LinkedIn Ads on
// every company page), and a page a platform serves for the company (a
// Medium blog, a GitHub Pages site, a job board) shows the platform's. Only
// the first may ever reach the account.

import { hostMatches, JOB_BOARD_HOSTS, PLATFORM_HOSTS } from '../../../core/owner/known-hosts';
import type { PageKind } from '../../../core/hints/page-hints';
import { parseUrl } from '../../../core/values/url';

export function isPlatformHost(url: string): boolean {
  const host = parseUrl(url)?.hostname;
  if (host === undefined) return false;
  // The same lists that make such pages `other` in extraction, plus job
  // boards, which host a company's careers page on their own stack.
  return hostMatches(host, PLATFORM_HOSTS) || hostMatches(host, JOB_BOARD_HOSTS);
}

/** The page is served from the company's own domain or one of its subdomains. */
function onOwnDomain(url: string, domain: string | undefined): boolean {
  const host = parseUrl(url)?.hostname;
  return Boolean(host && domain && (host === domain || host.endsWith(`.${domain}`)));
}

/**
 * `account` when the page is the company's own site, so its technologies are
 * the account's; `host` otherwise (they describe whoever serves the page). A
 * platform's pages about itself (about.gitlab.com for GitLab, yandex.ru for
 * Yandex) are its own site: `domain` is the account's.
 */
export function technologyOwner(kind: PageKind, url: string, domain?: string): 'account' | 'host' {
  if (kind !== 'website') return 'host';
  return !isPlatformHost(url) || onOwnDomain(url, domain) ? 'account' : 'host';
}
