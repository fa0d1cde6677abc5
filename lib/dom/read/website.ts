// Reads a company's own site. Every page that page-kind.ts did not rule out
// (platforms, publishers, forums) belongs to the organisation behind its
// domain; what is scored is its name: a JSON-LD organisation describing the
// site (its url on this host, or its name fitting the host), else a site name
// (og:site_name, application-name, a <title> part, an article's publisher)
// that fits the host, else what the site prints about itself
// (site-identity.ts), last the domain's label with low confidence.

import { findAddressLine } from './address-lines';
import { clip, raw } from './dom-text';
import {
  deref,
  hasType,
  isNode,
  ldText,
  ldUrls,
  ORGANIZATION_TYPES,
  readLdAddress,
  typesOf,
  type JsonLd,
  type LdNode,
} from './json-ld';
import { isLinkedInHost } from '../../core/owner/known-hosts';
import { MICRODATA } from './microdata';
import {
  mainLabel,
  nameFitsHost,
  sameSite,
  stripNameSuffix,
  stripSectionSuffix,
} from '../../core/owner/name-fit';
import { sampleLines } from './page-text';
import { footerLines, nameClues, smallPrint } from './site-identity';
import {
  RAW_LIMITS,
  type RawCompany,
  type RawSignal,
  type RawText,
} from '../../core/hints/raw-page';
import { PATH_SLUGS, readSiteLinks } from './site-links';
import { readJobList } from './job-list';
import { readFactStatements, readTextSignals } from './text-signals';
import { parseUrl } from '../../core/values/url';

interface Owner {
  node: LdNode;
  /** How the node was reached, e.g. "JSON-LD Organization" or "JSON-LD Article.publisher". */
  path: string;
}

export interface WebsiteRead {
  company: RawCompany;
  /** Why this page is the company's own site. */
  evidence: string;
  signals: RawSignal[];
}

/** Pages whose prose is about the company itself: the home page and about pages. */
const ABOUT_PATH = new RegExp(
  `^(?:\\/[a-z]{2}(?:-[a-z]{2})?)?\\/(?:(?:${PATH_SLUGS.about}|team)\\/?)?(?:index\\.html?)?$`,
  'i',
);
/** The company's job list: any path naming it, not only the link paths, in the languages of job ads. */
const CAREERS_PATH = new RegExp(
  `${PATH_SLUGS.careers}|open-positions|work-with-us|vacanc|karriere|stellen|emploi|empleo|carr|vaga|lavora|vacature|werken`,
  'i',
);

export function readWebsite(doc: Document, url: URL, ld: JsonLd): WebsiteRead | undefined {
  const host = url.hostname;
  const owner = findOwner(ld, host);
  const name = owner ? ownerName(owner) : undefined;
  const siteName = name;
  // Every page on a domain is its owner's: without an organisation that
  // names it, the background names it from what the site prints about itself
  // (a site name that fits the host first; core/owner/site-name.ts).
  if (!siteName && !hasDomain(host)) return undefined;
  const footer = footerLines(doc);
  const lines = sampleLines(doc);
  const clues = siteName ? undefined : nameClues(doc, url, footer, lines);
  const knownAs = siteName?.value ?? mainLabel(host);

  const ownerUrl = owner && !hasDomain(host) ? ldText(owner.node['url']) : undefined;
  const company: RawCompany = {
    name: siteName,
    nameClues: clues,
    websites: [
      ownerUrl
        ? {
            value: clip(ownerUrl, RAW_LIMITS.url),
            evidence: `${owner!.path}.url (served from ${host})`,
          }
        : { value: clip(url.href, RAW_LIMITS.url), evidence: 'page URL' },
    ],
  };
  if (owner) readOwnerFields(owner, ld, company);
  if (!company.hq && !company.address) {
    const line = findAddressLine(doc);
    if (line) company.hq = raw(line.value, `${line.where} text`);
  }
  if (!company.hq) company.smallPrint = smallPrint(footer, lines);
  if (!company.linkedinUrl) {
    const link = doc.querySelector('footer a[href*="linkedin.com/company/"]');
    const href = link?.getAttribute('href');
    if (href) company.linkedinUrl = raw(href, 'footer link to LinkedIn', RAW_LIMITS.url);
  }

  const signals: RawSignal[] = [];
  const site = readSiteLinks(doc, url);
  if (site.links) company.links = site.links;
  if (site.signal) signals.push(site.signal);
  if (ABOUT_PATH.test(url.pathname)) {
    const statements = readFactStatements(lines, knownAs);
    if (statements.length > 0) company.statements = statements;
  }
  const careersPage = CAREERS_PATH.test(url.pathname);
  // Titles before prose: a price list's amounts must not crowd out the job list.
  signals.push(...readJobList(doc, ld, careersPage));
  signals.push(...readTextSignals(lines, knownAs, careersPage));
  for (const key of Object.keys(company) as (keyof RawCompany)[]) {
    if (company[key] === undefined) delete company[key];
  }

  const why = owner && name ? `${owner.path} names the site owner` : `owner of ${host}`;
  return {
    company,
    evidence: clip(why, RAW_LIMITS.evidence),
    signals: signals.slice(0, RAW_LIMITS.signals),
  };
}

/** Containers whose publisher or about is the site owner on a typical company page. */
const CONTAINER_TYPES = new Set([
  'WebSite',
  'WebPage',
  'AboutPage',
  'ContactPage',
  'Article',
  'BlogPosting',
]);

/** The JSON-LD organisation that describes this site's owner, if any. */
function findOwner(ld: JsonLd, host: string): Owner | undefined {
  const candidates: Owner[] = [];
  for (const node of ld.nodes) {
    // JSON-LD nodes come first in `ld.nodes`, microdata items after them.
    const source = node[MICRODATA] ? 'microdata' : 'JSON-LD';
    if (hasType(node, ORGANIZATION_TYPES)) {
      candidates.push({ node, path: `${source} ${typesOf(node)[0] ?? 'Organization'}` });
    } else if (hasType(node, CONTAINER_TYPES)) {
      const type = typesOf(node).find((t) => CONTAINER_TYPES.has(t)) ?? 'WebPage';
      for (const key of ['publisher', 'about', 'author'] as const) {
        const target = deref(node[key], ld);
        if (target && hasType(target, ORGANIZATION_TYPES)) {
          candidates.push({ node: target, path: `${source} ${type}.${key}` });
        }
      }
    }
  }
  // A site served from an address with no domain (an IP, localhost, an
  // intranet name: staging and internal copies) cannot be checked against its
  // host, so the organisation that states its own URL names the owner.
  if (!hasDomain(host)) {
    return candidates.find((c) => c.path.split('.').length === 1 && ldText(c.node['url']));
  }
  return candidates.find((c) => urlOnHost(ldText(c.node['url']), host) || fits(c.node, host));
}

/** False for IP literals, localhost and single-label names. */
function hasDomain(host: string): boolean {
  if (/^\[.*\]$/.test(host) || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return false;
  return host.includes('.') && !host.endsWith('.localhost');
}

function fits(node: LdNode, host: string): boolean {
  const name = ldText(node['name']);
  return name !== undefined && nameFitsHost(stripNameSuffix(name), host);
}

/** Same site: the URL's main label equals the page's (www.acme.com vs acme.com/about). */
function urlOnHost(url: string | undefined, host: string): boolean {
  const other = url ? parseUrl(url, `https://${host}/`) : undefined;
  return other !== undefined && sameSite(other.hostname, host);
}

function ownerName(owner: Owner): RawText | undefined {
  const name = ldText(owner.node['name']);
  if (!name) return undefined;
  // Kept as written, except a section suffix ("Acme Blog").
  return raw(stripSectionSuffix(name) || name, `${owner.path}.name`, RAW_LIMITS.name);
}

/** Fields an Organization node states about itself. */
function readOwnerFields(owner: Owner, ld: JsonLd, company: RawCompany): void {
  const node = owner.node;
  const at = (prop: string) => `${owner.path}.${prop}`;
  const address = readLdAddress(node, ld, at('address'));
  if (address) company.address = address;
  const founded = ldText(node['foundingDate']);
  if (founded) company.founded = raw(founded, at('foundingDate'));
  const size = employeesText(node['numberOfEmployees']);
  if (size) company.size = raw(size, at('numberOfEmployees'));
  const description = ldText(node['description']);
  if (description)
    company.description = raw(description, at('description'), RAW_LIMITS.description);
  const linkedin = ldUrls(node['sameAs']).find((u) => isLinkedInCompanyUrl(u));
  if (linkedin) company.linkedinUrl = raw(linkedin, at('sameAs'), RAW_LIMITS.url);
}

function isLinkedInCompanyUrl(url: string): boolean {
  const u = parseUrl(url);
  return u !== undefined && isLinkedInHost(u.hostname) && u.pathname.startsWith('/company/');
}

/** numberOfEmployees as text: 120, "11-50", or a QuantitativeValue with a value or a range. */
function employeesText(value: unknown): string | undefined {
  const node = Array.isArray(value) ? value[0] : value;
  if (typeof node === 'number' || typeof node === 'string') return ldText(node);
  if (!isNode(node)) return undefined;
  const exact = ldText(node['value']);
  if (exact) return exact;
  const min = ldText(node['minValue']);
  const max = ldText(node['maxValue']);
  if (min && max) return `${min}-${max}`;
  if (min) return `${min}+`;
  return undefined;
}
