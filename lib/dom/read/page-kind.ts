// Which reader a page gets. LinkedIn pages are recognised by URL alone; for
// everything else the page's own meaning decides: news schema types and
// known platforms make it `other`, and only a page whose owner can be named
// becomes `website` (decided in website.ts).

import { hasType, isNode, typesOf, deref, ORGANIZATION_TYPES, type JsonLd } from './json-ld';
import { isLinkedInHost } from '../../core/owner/known-hosts';

export type LinkedInPage =
  | { kind: 'linkedin-company'; slug: string }
  | { kind: 'linkedin-person'; slug: string }
  | { kind: 'other' };

/** The LinkedIn page kind for a linkedin.com URL (any subdomain, any tab), else undefined. */
export function linkedInPage(url: URL): LinkedInPage | undefined {
  if (!isLinkedInHost(url.hostname)) return undefined;
  // /company/<slug>/ with an optional tab: /about/, /people/, /jobs/, /posts/ …
  const company = /^\/company\/([^/]+)(?:\/|$)/.exec(url.pathname);
  if (company?.[1]) return { kind: 'linkedin-company', slug: company[1] };
  const person = /^\/in\/([^/]+)(?:\/|$)/.exec(url.pathname);
  if (person?.[1]) return { kind: 'linkedin-person', slug: person[1] };
  return { kind: 'other' };
}

/** Article types that only news publishers use; a company blog says Article or BlogPosting. */
const NEWS_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
]);
const NEWS_PUBLISHER = new Set(['NewsMediaOrganization']);
/** Pages of forums and Q&A sites: their members speak, not the site's owner. */
const DISCUSSION_TYPES = new Set(['DiscussionForumPosting', 'QAPage']);

/** Microdata item types read: organisations that may own the site, and news that says it is not one. */
export const MICRODATA_TYPES: ReadonlySet<string> = new Set([
  ...ORGANIZATION_TYPES,
  ...NEWS_TYPES,
  ...DISCUSSION_TYPES,
]);

/**
 * Why a non-LinkedIn page is not a company's own site, or undefined when
 * nothing says so (the website reader then looks for an owner).
 */
export function notACompanySite(doc: Document, url: URL, ld: JsonLd): string | undefined {
  // Hosts that are platforms or publishers are data, checked in the
  // background (core/owner/host-owner.ts): the page reads structure only.
  for (const node of ld.nodes) {
    const discussion = typesOf(node).find((t) => DISCUSSION_TYPES.has(t));
    if (discussion) return `JSON-LD ${discussion}`;
    const news = typesOf(node).find((t) => NEWS_TYPES.has(t));
    if (news) return `JSON-LD ${news}`;
    if (hasType(node, NEWS_PUBLISHER)) return `JSON-LD NewsMediaOrganization`;
    const publisher = deref(node['publisher'], ld);
    if (isNode(publisher) && hasType(publisher, NEWS_PUBLISHER)) {
      return `JSON-LD publisher is a NewsMediaOrganization`;
    }
  }
  return undefined;
}
