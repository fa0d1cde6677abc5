// Links from a company's site to the pages a seller opens next: about,
// careers, pricing, customers. A link is recognised by its text first
// ("Careers", "About us") and its path second (/careers, /pricing). Only
// links to the same site count, and for careers also a link to a job board.

import { clip, firstOf, quote, textOf } from './dom-text';
import { hostMatches, PLATFORM_HOSTS } from '../../core/owner/known-hosts';
import { sameSite } from '../../core/owner/name-fit';
import { RAW_LIMITS, type RawLinks, type RawSignal, type RawText } from '../../core/hints/raw-page';
import { httpUrl } from '../../core/values/url';

type LinkKind = keyof RawLinks;

/**
 * The path slugs that name each kind of page, shared with the website reader
 * (which reads a company's own about and careers pages for its prose).
 */
export const PATH_SLUGS: Record<LinkKind, string> = {
  about: 'about(?:-us)?|company|who-we-are|our-story',
  careers: 'careers?|jobs|join-us',
  pricing: 'pricing|plans',
  customers: 'customers|case-studies|customer-stories',
};

/** Link text for each kind. */
const TEXTS: Record<LinkKind, RegExp> = {
  about: /^(?:about|about us|company|who we are|our story)$/i,
  careers:
    /^(?:careers?|jobs|join us|join our team|work with us|we(?:['’]re| are) hiring|open positions)$/i,
  pricing: /^(?:pricing|plans(?: (?:&|and) pricing)?)$/i,
  customers: /^(?:customers|our customers|customer stories|case studies)$/i,
};

/** Link text and path for each kind. */
const KINDS: [LinkKind, RegExp, RegExp][] = (Object.keys(PATH_SLUGS) as LinkKind[]).map((kind) => [
  kind,
  TEXTS[kind],
  new RegExp(`^\\/(?:${PATH_SLUGS[kind]})\\/?$`, 'i'),
]);

const MAX_ANCHORS = 600;

/**
 * Any kind's text, and any kind's path at the end of an href (before its
 * query or fragment): a cheap test that spares the URL parsing for the
 * hundreds of links on a page that name none of the kinds.
 */
const ANY_TEXT = new RegExp(KINDS.map(([, text]) => text.source).join('|'), 'i');
const ANY_PATH = new RegExp(
  `(?:^|\\/)(?:${Object.values(PATH_SLUGS).join('|')})\\/?(?:[?#]|$)`,
  'i',
);

export interface SiteLinks {
  links?: RawLinks;
  /** A `careers` signal for the careers link, when there is one. */
  signal?: RawSignal;
}

export function readSiteLinks(doc: Document, page: URL): SiteLinks {
  const byText: RawLinks = {};
  const byPath: RawLinks = {};
  let careersLabel = '';
  const anchors = doc.querySelectorAll('a[href]');
  for (const anchor of firstOf(anchors, MAX_ANCHORS)) {
    const href = anchor.getAttribute('href') ?? '';
    const text = textOf(anchor, 60) || (anchor.getAttribute('aria-label') ?? '').trim();
    if (!ANY_TEXT.test(text) && !ANY_PATH.test(href)) continue;
    const target = resolve(href, page);
    if (!target) continue;
    const path = target.pathname.replace(/^\/[a-z]{2}(?:-[a-z]{2})?(?=\/)/i, '');
    // None of these pages is the home page: a "Company" menu toggle often links to "/".
    if (path === '/' || path === '') continue;
    // Off-site, only a link that says what it is ("Careers" to a job
    // board); normalization keeps it only on the company's domain or a job board.
    const here = sameSite(target.hostname, page.hostname);
    if (!here && hostMatches(target.hostname, PLATFORM_HOSTS)) continue;
    for (const [kind, textPattern, pathPattern] of KINDS) {
      if (byText[kind] && byPath[kind]) continue;
      const value = clip(target.href, RAW_LIMITS.url);
      if (!byText[kind] && textPattern.test(text) && (here || kind === 'careers')) {
        byText[kind] = { value, evidence: `link ${quote(text, 40)}` };
        if (kind === 'careers') careersLabel = text;
      } else if (here && !byPath[kind] && pathPattern.test(path)) {
        byPath[kind] = { value, evidence: `link to ${quote(path, 60)}` };
      }
    }
  }
  const links: RawLinks = {};
  for (const [kind] of KINDS) {
    const link: RawText | undefined = byText[kind] ?? byPath[kind];
    if (link) links[kind] = link;
  }
  const result: SiteLinks = {};
  if (Object.keys(links).length > 0) result.links = links;
  const careers = links.careers;
  if (careers) {
    result.signal = {
      kind: 'careers',
      value: clip(careersLabel || careers.value, RAW_LIMITS.text),
      url: careers.value,
      evidence: careers.evidence,
    };
  }
  return result;
}

/** The link's absolute http(s) target; in-page anchors ("#pricing") are no page of their own. */
function resolve(href: string, page: URL): URL | undefined {
  if (!href || href.startsWith('#')) return undefined;
  return httpUrl(href, page);
}
