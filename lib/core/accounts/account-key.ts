import type { PageHints } from '../hints/page-hints';
import { parseUrl } from '../values/url';

/** The LinkedIn company slug from a company URL ("/company/audiense/about/" -> "audiense"). */
export function linkedinSlug(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  const { hostname, pathname } = parsed;
  if (hostname !== 'linkedin.com' && !hostname.endsWith('.linkedin.com')) return undefined;
  const slug = /^\/company\/([^/?#]+)/.exec(pathname)?.[1];
  try {
    return slug ? decodeURIComponent(slug).toLowerCase() : undefined;
  } catch {
    // A malformed escape ("%E0%A4%A") names no company.
    return undefined;
  }
}

export interface AccountKeys {
  id: string;
  domain?: string;
  linkedinSlug?: string;
}

/**
 * How a page names its company: the registrable domain where known (it
 * links the LinkedIn page to the website), else the LinkedIn slug. Pages that
 * are not about one company get no key and are never stored.
 */
export function accountKeys(hints: PageHints): AccountKeys | undefined {
  if (hints.kind !== 'linkedin-company' && hints.kind !== 'website') return undefined;
  const domain = hints.company?.domain;
  // The canonical company URL names it by slug; the page URL may use a numeric id.
  const slug =
    hints.kind === 'linkedin-company'
      ? (linkedinSlug(hints.company?.linkedinUrl) ?? linkedinSlug(hints.url))
      : linkedinSlug(hints.company?.linkedinUrl);
  if (domain) return { id: domain, domain, ...(slug && { linkedinSlug: slug }) };
  if (slug) return { id: `linkedin:${slug}`, linkedinSlug: slug };
  return undefined;
}
