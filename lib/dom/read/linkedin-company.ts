// Reads a LinkedIn company page, in both layouts LinkedIn serves:
// - public (signed out): JSON-LD Organization, `dt`/`dd` pairs inside
//   data-test-id="about-us__*" blocks, top-card-layout classes;
// - signed in (rendered DOM): an org-top-card-summary top card on every tab,
//   and `dt`/`dd` pairs on the /about/ tab.
// Meaning first (JSON-LD, dt labels, aria labels, headings), class names last.
// Only the company's own top card and about section are read: people, jobs,
// "similar pages" and ads list other companies, and never feed these fields.

import { clip, firstOf, metaContent, quote, raw, SHORT_HEADING_CHARS, textOf } from './dom-text';
import {
  hasType,
  ldText,
  ldUrls,
  ORGANIZATION_TYPES,
  readLdAddress,
  type JsonLd,
  type LdNode,
} from './json-ld';
import { isLinkedInHost } from '../../core/owner/known-hosts';
import { headingName, titleName } from './linkedin-title';
import { readVoyagerCompany } from './linkedin-voyager';
import {
  RAW_LIMITS,
  type RawCompany,
  type RawIndustry,
  type RawText,
  type RawWebsite,
} from '../../core/hints/raw-page';
import { parseUrl } from '../../core/values/url';

type DtField = 'website' | 'industry' | 'size' | 'hq' | 'founded' | 'specialties';

/**
 * dt labels of the about section in LinkedIn's UI languages (English, German,
 * French, Spanish, Portuguese, Italian, Dutch), tried on the lower-cased label.
 */
const DT_FIELDS: readonly (readonly [DtField, RegExp])[] = [
  ['website', /^(?:web|sit)/],
  ['industry', /^(?:indus|bran|sect|seto|sett)/],
  ['size', /size|größe|taill|tama|dimens|groot/],
  ['hq', /^(?:headq|haupt|siè|sede|hoofdk)/],
  ['founded', /^(?:found|gegr|fond|fund|opger)/],
  ['specialties', /^e?sp[eé][cz]ial/],
];

/** Places whose definition lists or links belong to someone else (ads, sidebars, navigation). */
const FOREIGN = 'aside, nav, footer';

/** `slug`: the universal name or id in the page URL's /company/<slug>/. */
export function readLinkedInCompany(doc: Document, url: URL, ld: JsonLd, slug: string): RawCompany {
  const org =
    ld.nodes.find((n) => hasType(n, ORGANIZATION_TYPES) && isCompanyUrl(ldText(n['url']))) ??
    ld.nodes.find((n) => hasType(n, ORGANIZATION_TYPES));
  const main = doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  const dts = readDefinitionList(doc);
  const card = readTopCard(doc);
  const company: RawCompany = {};

  company.name =
    orgText(org, 'name', RAW_LIMITS.name) ??
    headingName(main?.querySelector('h1')) ??
    titleName(doc, /:\s*[^:]{1,40}$/);

  const websites: RawWebsite[] = [];
  if (dts.website) websites.push(dts.website);
  for (const sameAs of org ? ldUrls(org['sameAs']) : []) {
    if (!isLinkedInUrl(sameAs)) {
      websites.push({
        value: clip(sameAs, RAW_LIMITS.url),
        evidence: 'JSON-LD Organization.sameAs',
      });
    }
  }
  const contact = contactInfoLink(main);
  if (contact) websites.push(contact);
  const tagline = card.tagline ?? (org ? ldText(org['slogan']) : undefined);
  const taglineDomain = tagline ? mentionedDomain(tagline, 'tagline') : undefined;
  if (taglineDomain) websites.push(taglineDomain);
  company.description =
    orgText(org, 'description', RAW_LIMITS.description) ?? aboutDescription(main);
  const descriptionDomain = company.description
    ? mentionedDomain(company.description.value, 'description')
    : undefined;
  if (descriptionDomain) websites.push(descriptionDomain);
  if (websites.length > 0) company.websites = websites.slice(0, RAW_LIMITS.websites);

  company.linkedinUrl = linkedinUrl(doc, org, url);
  company.industry = dts.industry ?? card.industry;
  // JSON-LD numberOfEmployees on LinkedIn counts members who list the company,
  // not its size: only the stated size range is read.
  company.size = dts.size ?? card.size;
  company.hq = dts.hq ?? card.hq;
  const address = org ? readLdAddress(org, ld, 'JSON-LD Organization.address') : undefined;
  if (address) company.address = address;
  company.founded = dts.founded ?? orgText(org, 'foundingDate', RAW_LIMITS.text);
  company.specialties = dts.specialties;
  company.embedded = readVoyagerCompany(doc, slug.toLowerCase());

  for (const key of Object.keys(company) as (keyof RawCompany)[]) {
    if (company[key] === undefined) delete company[key];
  }
  return company;
}

function orgText(org: LdNode | undefined, prop: string, max: number): RawText | undefined {
  const value = org ? ldText(org[prop]) : undefined;
  return value ? raw(value, `JSON-LD Organization.${prop}`, max) : undefined;
}

function isLinkedInUrl(url: string | undefined): boolean {
  const parsed = url ? parseUrl(url) : undefined;
  return parsed !== undefined && isLinkedInHost(parsed.hostname);
}

function isCompanyUrl(url: string | undefined): boolean {
  const parsed = url ? parseUrl(url) : undefined;
  return (
    parsed !== undefined &&
    isLinkedInHost(parsed.hostname) &&
    parsed.pathname.startsWith('/company/')
  );
}

interface DefinitionFields {
  website?: RawWebsite;
  industry?: RawText;
  size?: RawText;
  hq?: RawText;
  founded?: RawText;
  specialties?: RawText;
}

/** The first `dt` of each known label outside sidebars, with the `dd` right after it. */
function readDefinitionList(doc: Document): DefinitionFields {
  const fields: DefinitionFields = {};
  const dts = doc.querySelectorAll('dt');
  for (const dt of firstOf(dts, 80)) {
    if (dt.closest(FOREIGN)) continue;
    // Prefixes, so a trailing colon ("Secteur :") does not matter.
    const label = textOf(dt, 60).toLowerCase();
    const field = DT_FIELDS.find(([, words]) => words.test(label))?.[0];
    if (!field || fields[field]) continue;
    // Only the first dd: "Company size" is followed by a second dd with the
    // members on LinkedIn ("126 on LinkedIn", "N associated members").
    const dd = dt.nextElementSibling;
    if (!dd || dd.tagName.toUpperCase() !== 'DD') continue;
    const testId = dt.parentElement?.getAttribute('data-test-id');
    const evidence = `dt ${quote(textOf(dt, 60))}${testId ? ` (${testId})` : ''}`;
    if (field === 'website') {
      const link = dd.querySelector('a[href]');
      const linkText = textOf(link, RAW_LIMITS.url);
      // The link text is the site as stated; the href is often a linkedin.com/redir wrapper.
      const value = looksLikeUrl(linkText)
        ? linkText
        : (link?.getAttribute('href') ?? textOf(dd, RAW_LIMITS.url));
      const website = raw(value, evidence, RAW_LIMITS.url);
      if (website) fields.website = website;
      continue;
    }
    const max = field === 'specialties' ? RAW_LIMITS.description : RAW_LIMITS.text;
    const value = raw(textOf(dd, max), evidence, max);
    if (value) fields[field] = value;
  }
  return fields;
}

function looksLikeUrl(text: string): boolean {
  return /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/i.test(text);
}

interface TopCard {
  tagline?: string;
  industry?: RawIndustry;
  size?: RawText;
  hq?: RawText;
}

/**
 * The signed-in top card lists industry, headquarters, followers and size
 * as unlabeled items; followers by their word, size by its range, the
 * remaining two by LinkedIn's fixed order (industry first), since an
 * industry name can itself contain commas.
 */
function readTopCard(doc: Document): TopCard {
  const card: TopCard = {};
  const tagline = doc.querySelector(
    '.org-top-card-summary__tagline, .top-card-layout__second-subline',
  );
  const taglineText = textOf(tagline, RAW_LIMITS.text);
  if (taglineText) card.tagline = taglineText;
  const items = doc.querySelectorAll('.org-top-card-summary-info-list__info-item');
  const rest: string[] = [];
  for (const item of firstOf(items, 12)) {
    const text = textOf(item, RAW_LIMITS.text);
    // Followers and size in any UI language: "12K Follower", "51-200 Beschäftigte".
    if (!text || /follower|abonné|seguidor|volger/i.test(text)) continue;
    if (/\d/.test(text)) {
      // A range is the size; a bare count ("87 employees") counts members on LinkedIn.
      if (/\d\s*[-–]\s*\d|\d\+/.test(text)) card.size ??= raw(text, 'top card info item');
    } else if (!rest.includes(text)) {
      rest.push(text);
    }
  }
  const [first, second] = rest;
  if (first && second) {
    card.industry = raw(first, 'top card info item (first: industry)');
    card.hq = raw(second, 'top card info item (second: headquarters)');
  } else if (first) {
    // A lone item is a place when it reads like "City, ST"; anything else
    // may be an industry or a place ("San Francisco, California"), so it
    // only counts as an industry the taxonomy knows (checked in the background).
    if (/^[^,]+, [A-Z]{2}$/.test(first)) card.hq = raw(first, 'top card info item');
    else {
      const industry = raw(first, 'top card info item (alone)');
      if (industry) card.industry = { ...industry, guessed: true };
    }
  }
  return card;
}

function linkedinUrl(doc: Document, org: LdNode | undefined, url: URL): RawText | undefined {
  const fromOrg = org ? ldText(org['url']) : undefined;
  if (isCompanyUrl(fromOrg) && fromOrg)
    return raw(fromOrg, 'JSON-LD Organization.url', RAW_LIMITS.url);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  if (isCompanyUrl(canonical)) return raw(canonical, 'link rel=canonical', RAW_LIMITS.url);
  const ogUrl = metaContent(doc, 'og:url', RAW_LIMITS.url);
  if (isCompanyUrl(ogUrl)) return raw(ogUrl, 'meta og:url', RAW_LIMITS.url);
  return raw(url.href, 'page URL', RAW_LIMITS.url);
}

/** The overview text under the about section's heading ("About us", "Overview"). */
function aboutDescription(main: Element | null): RawText | undefined {
  if (!main) return undefined;
  const byTestId = main.querySelector('[data-test-id="about-us__description"]');
  if (byTestId)
    return raw(
      textOf(byTestId, RAW_LIMITS.description),
      'about-us__description',
      RAW_LIMITS.description,
    );
  const headings = main.querySelectorAll('h2');
  for (const heading of firstOf(headings, 30)) {
    const label = textOf(heading, 40).toLowerCase();
    if (label !== 'overview' && label !== 'about us' && label !== 'about') continue;
    const section = heading.closest('section');
    if (!section) continue;
    for (const body of firstOf(section.querySelectorAll('p, [class*="description"]'), 20)) {
      if (inOtherBox(body, section, heading)) continue;
      const text = textOf(body, RAW_LIMITS.description);
      if (text) return raw(text, `section ${quote(label)} text`, RAW_LIMITS.description);
    }
  }
  return undefined;
}

/**
 * Whether `el` sits in a box of the section that has a heading of its own
 * ("Funding via Crunchbase", "Contact info"): its text is that box's, not
 * the overview's.
 */
function inOtherBox(el: Element, section: Element, heading: Element): boolean {
  for (let box = el.parentElement; box && box !== section; box = box.parentElement) {
    const first = box.firstElementChild;
    if (first && !first.contains(heading) && /^(?:H[1-6]|HEADER)$/i.test(first.tagName)) {
      return true;
    }
  }
  return false;
}

/** The external link under the "Contact info" heading of the signed-in overview. */
function contactInfoLink(main: Element | null): RawWebsite | undefined {
  if (!main) return undefined;
  const headings = main.querySelectorAll('h3, h4');
  for (const heading of firstOf(headings, 60)) {
    if ((heading.textContent?.length ?? 0) > SHORT_HEADING_CHARS) continue;
    if (textOf(heading, 40).toLowerCase() !== 'contact info') continue;
    // The heading sits in a <header>; the link is in the box around it.
    const box = heading.closest('header')?.parentElement ?? heading.parentElement;
    for (const link of firstOf(box?.querySelectorAll('a[href^="http"]') ?? [], 5)) {
      const href = link.getAttribute('href') ?? '';
      if (href && !isLinkedInUrl(href))
        return { value: clip(href, RAW_LIMITS.url), evidence: '"Contact info" link' };
    }
  }
  return undefined;
}

/** A domain written in free text ("Check out at usemotion.com/teams"), lowest-priority website source. */
function mentionedDomain(text: string, where: string): RawWebsite | undefined {
  // Lower case only, as domains are usually written: keeps "ASP.NET" and "Node.JS" out.
  const match =
    /(?:^|[\s(@])((?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,24}(?:\/[^\s),]*)?)(?=[\s),.;!?]|$)/.exec(
      text,
    );
  const found = match?.[1];
  if (!found) return undefined;
  return {
    value: clip(found, RAW_LIMITS.url),
    evidence: `${where} ${quote(text)}`,
    mentioned: true,
  };
}
