// Website text and links to a registrable domain ("audiense.com"), and
// LinkedIn company links to a canonical URL. Uses tldts' public suffix list,
// so "node.js" is not a domain and "acme.co.uk" keeps its suffix.

import { parse } from 'tldts';
import { hostMatches, isLinkedInHost, PLATFORM_HOSTS } from '../owner/known-hosts';
import { parseUrl } from '../values/url';

/** Parses "http://www.audiense.com", "usemotion.com/teams" or a linkedin.com/redir link. */
export function urlFromWebsite(value: string): URL | undefined {
  const text = value.trim();
  if (!text || /\s/.test(text)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url = parseUrl(withScheme);
  if (!url) return undefined;
  url = unwrapLinkedInRedirect(url) ?? url;
  // "mailto:hi@acme.com" would otherwise parse as a user "mailto" on acme.com.
  if (url.username || url.password) return undefined;
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/** LinkedIn wraps external links: linkedin.com/redir/redirect?url=http%3A%2F%2Fwww%2Eaudiense%2Ecom */
function unwrapLinkedInRedirect(url: URL): URL | undefined {
  if (!isLinkedInHost(url.hostname) || !/^\/redir(?:ect)?\//.test(url.pathname)) return undefined;
  const target = url.searchParams.get('url');
  if (!target) return undefined;
  try {
    return new URL(target);
  } catch {
    return undefined;
  }
}

/**
 * The registrable domain of a company's site, or undefined for anything that
 * is not a public domain of its own: IPs, unknown suffixes, platforms
 * (a facebook.com page is not a company's website).
 */
export function registrableDomain(
  url: URL,
  options: { platforms?: boolean } = {},
): string | undefined {
  const result = parse(url.hostname, { allowPrivateDomains: true });
  const domain = result.domain?.toLowerCase();
  if (!domain || domain.length > 253 || result.isIp || !(result.isIcann || result.isPrivate)) {
    return undefined;
  }
  // Media sites stay allowed: a publisher is a company too, with its own LinkedIn page.
  // A platform's own pages (about.gitlab.com) pass `platforms: true`.
  if (!options.platforms && hostMatches(domain, PLATFORM_HOSTS)) return undefined;
  return domain;
}

/** "https://uk.linkedin.com/company/audiense/about/?x=1" → "https://uk.linkedin.com/company/audiense". */
export function linkedInCompanyUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), 'https://www.linkedin.com/');
  } catch {
    return undefined;
  }
  if (!isLinkedInHost(url.hostname)) return undefined;
  const slug = /^\/company\/([^/]+)/.exec(url.pathname)?.[1];
  if (!slug) return undefined;
  return `https://${url.hostname.toLowerCase()}/company/${slug}`;
}
