// Whether a page's host says it is served by a platform or a publisher about
// someone else, though the page itself named no one else (page-kind.ts reads
// the structural signals in the page: news schema, forum threads). Checked
// in the background, so the host lists never weigh on the content script.
// Every http(s) page belongs to the organisation behind its registrable
// domain unless one of these says otherwise.

import {
  hostMatches,
  MEDIA_HOSTS,
  OWN_SUBDOMAINS,
  PLATFORM_HOSTS,
  USER_SITE_HOSTS,
} from './known-hosts';

/** Why the page at `url` is not its domain owner's own page, or undefined. */
export function servedForSomeoneElse(url: URL): string | undefined {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const home = /^\/(?:index\.[a-z]+)?$/.test(url.pathname) && url.search === '';
  const users = subdomainOf(host, USER_SITE_HOSTS);
  if (users !== undefined && users !== '' && users !== 'www' && !OWN_SUBDOMAINS.has(users)) {
    return `host ${host} is a user's site on a hosting platform`;
  }
  const platform = subdomainOf(host, PLATFORM_HOSTS);
  if (platform !== undefined) {
    // A platform's pages about itself: its home page, its corporate
    // subdomains (about.gitlab.com). Results, profiles and posts are others'.
    const own = OWN_SUBDOMAINS.has(platform.split('.').pop() ?? '');
    if (!own && !(home && (platform === '' || platform === 'www'))) {
      return `host ${host} is a platform, not a company site`;
    }
  }
  // A publisher's pages other than its home page are its reporting on others.
  if (hostMatches(host, MEDIA_HOSTS) && !home) return `page on media host ${host}`;
  return undefined;
}

/** The labels before the listed domain `host` ends with ("buchperlen" for buchperlen.wordpress.com). */
export function subdomainOf(host: string, list: readonly string[]): string | undefined {
  if (!hostMatches(host, list)) return undefined;
  for (const entry of list) {
    const wild = entry.endsWith('.*');
    const base = wild ? entry.slice(0, -2) : entry;
    const at = wild
      ? new RegExp(`(?:^|\\.)${base.replace(/\./g, '\\.')}(?:\\.[a-z]{2,3}){1,2}$`).exec(host)
          ?.index
      : host === base
        ? 0
        : host.endsWith(`.${base}`)
          ? host.length - base.length - 1
          : undefined;
    if (at !== undefined) return host.slice(0, at);
  }
  return undefined;
}
