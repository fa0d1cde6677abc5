// The background half of extraction: turns what the page stated (RawPage)
// into PageHints. It may use heavy data (public suffix list, country and
// subdivision datasets) because it never runs in the page. Anything that
// cannot be read with confidence is omitted, never guessed.

import { HINT_LIMITS } from '../hints/hint-limits';
import { countryCode } from './countries';
import { employeesFromText } from './employees';
import { linkedInCompanyUrl, registrableDomain, urlFromWebsite } from './domain';
import { canonicalIndustry } from './industry';
import { linksFromRaw } from './links';
import { withVoyagerFacts } from './linkedin-voyager';
import { locationFromAddress, locationFromText, mergeLocations } from './location';
import { splitHeadline } from './person';
import { revenueFromText } from './revenue';
import { displayName } from './company-name';
import { addressSeatLine, seatFromSmallPrint } from './seat';
import { factsFromStatements } from './statements';
import { signalsFromRaw } from './signals';
import { nameFitsHost, stripNameSuffix } from '../owner/name-fit';
import { servedForSomeoneElse } from '../owner/host-owner';
import { makerName, siteName } from '../owner/site-name';
import type { CompanyHints, PageHints, PersonHints } from '../hints/page-hints';
import type { RawCompany, RawPage, RawPerson, RawText } from '../hints/raw-page';
import { clip } from '../values/text';

export function normalizePage(page: RawPage): PageHints {
  const raw = ownerDecided(page);
  const evidence: Record<string, string> = { kind: raw.kindEvidence };
  let company: CompanyHints | undefined;
  let person: PersonHints | undefined;
  const aboutCompany = raw.kind === 'linkedin-company' || raw.kind === 'website';
  if (raw.company && aboutCompany) {
    company = normalizeCompany(
      withStatedFacts(
        named(withVoyagerFacts(raw.company), raw.kind === 'website' ? hostOf(raw.url) : undefined),
      ),
      evidence,
      raw.kind === 'website',
      hostOf(raw.url),
    );
  }
  if (raw.person && raw.kind === 'linkedin-person') {
    person = normalizePerson(raw.person, evidence);
  }
  // Built in one go so the printed JSON reads in contract order.
  return {
    url: raw.url,
    kind: raw.kind,
    ...(company && Object.keys(company).length > 0 ? { company } : {}),
    ...(person && Object.keys(person).length > 0 ? { person } : {}),
    technologies: [],
    // Signals are the company's: a profile or an "other" page states none.
    signals: aboutCompany
      ? signalsFromRaw(raw.signals, {
          kind: raw.kind,
          name: company?.name ?? raw.company?.name?.value ?? '',
          ...(company?.links?.careers ? { careers: company.links.careers } : {}),
        })
      : [],
    evidence,
  };
}

/**
 * A page the reader took for its domain owner's site becomes `other`, with
 * nothing stored, when its host is a platform or publisher serving it about
 * someone else (host-owner.ts).
 */
function ownerDecided(raw: RawPage): RawPage {
  if (raw.kind !== 'website') return raw;
  let url: URL;
  try {
    url = new URL(raw.url);
  } catch {
    return raw;
  }
  const why = servedForSomeoneElse(url);
  return why ? { url: raw.url, kind: 'other', kindEvidence: why } : raw;
}

/** An own site that names itself nowhere structured: its name read from its clues. */
function named(raw: RawCompany, ownHost: string | undefined): RawCompany {
  if (raw.name || !ownHost) return raw;
  const name = siteName(raw.nameClues ?? [], ownHost);
  return name ? { ...raw, name } : raw;
}

/** Size, founding year and revenue stated in prose fill only what structured data left open. */
function withStatedFacts(raw: RawCompany): RawCompany {
  if (!raw.statements) return raw;
  const stated = factsFromStatements(raw.statements, raw.name?.value ?? '');
  return {
    ...raw,
    size: raw.size ?? stated.size,
    founded: raw.founded ?? stated.founded,
    revenue: raw.revenue ?? stated.revenue,
  };
}

/** Anything with evidence: a RawText, or an address summarised as text. */
interface Evidenced {
  value?: string;
  evidence: string;
}

/**
 * `ownSite`: the page is the company's own site (kind `website`), so the
 * page's own URL names its domain even on a platform's host (about.gitlab.com
 * is GitLab's; page-kind.ts already ruled out its users' pages).
 */
function normalizeCompany(
  raw: RawCompany,
  evidence: Record<string, string>,
  ownSite = false,
  pageHost?: string,
): CompanyHints {
  const company: CompanyHints = {};
  const note = (key: string, ...sources: (Evidenced | undefined)[]) => {
    const text = sources
      .filter((s): s is Evidenced => s !== undefined)
      .map((s) => (s.value ? `${s.evidence}: ${s.value}` : s.evidence))
      .join('; ');
    evidence[`company.${key}`] = clip(text, HINT_LIMITS.evidence);
  };

  const statedName = text(raw.name, HINT_LIMITS.name);
  const stated =
    statedName && ownSite && pageHost
      ? (makerName(statedName, pageHost) ?? statedName)
      : statedName;
  // On a company's own site the name shown leaves out the legal form ("GOODFORM AG" → "GOODFORM").
  const name = stated && ownSite ? displayName(stated) : stated;
  if (name) {
    company.name = name;
    note('name', raw.name);
    if (name !== stated) {
      evidence['company.name'] = clip(
        `${evidence['company.name']} (legal form dropped from the name shown)`,
        HINT_LIMITS.evidence,
      );
    }
  }

  for (const website of raw.websites ?? []) {
    const url = urlFromWebsite(website.value);
    const domain =
      url && registrableDomain(url, { platforms: ownSite && website.evidence === 'page URL' });
    if (!domain) continue;
    // A domain only mentioned in a tagline must look like the company's own.
    if (website.mentioned && !(name && nameFitsHost(stripNameSuffix(name), domain))) continue;
    company.domain = domain;
    note('domain', website);
    break;
  }

  const linkedinUrl = raw.linkedinUrl && linkedInCompanyUrl(raw.linkedinUrl.value);
  if (linkedinUrl && linkedinUrl.length <= HINT_LIMITS.url) {
    company.linkedinUrl = linkedinUrl;
    note('linkedinUrl', raw.linkedinUrl);
  }

  const industry = text(raw.industry, HINT_LIMITS.text);
  const canonical = industry ? canonicalIndustry(industry) : undefined;
  // A value read by its position alone must be a known industry to count.
  if (industry && (canonical || !raw.industry?.guessed)) {
    // LinkedIn's current name, so ICP criteria match whatever wording the page used;
    // the evidence keeps the page's own words.
    company.industry = canonical ?? industry;
    note('industry', raw.industry);
    if (canonical && canonical !== industry) {
      evidence['company.industry'] = clip(
        `${evidence['company.industry']} (LinkedIn's current name: ${canonical})`,
        HINT_LIMITS.evidence,
      );
    }
  }

  const employees = raw.size && employeesFromText(raw.size.value);
  if (employees) {
    company.employees = employees;
    note('employees', raw.size);
  }

  const revenue = raw.revenue && revenueFromText(raw.revenue.value);
  if (revenue) {
    company.revenueUsd = revenue;
    note('revenueUsd', raw.revenue);
  }

  const fromAddress = raw.address ? locationFromAddress(raw.address) : undefined;
  const fromText = raw.hq ? locationFromText(raw.hq.value) : undefined;
  const hq = mergeLocations(fromAddress, fromText);
  if (hq) {
    company.hq = hq;
    const address = raw.address && {
      evidence: raw.address.evidence,
      value: [raw.address.locality, raw.address.region, raw.address.country]
        .filter(Boolean)
        .join(', '),
    };
    note('hq', fromAddress ? address : undefined, fromText ? raw.hq : undefined);
  }
  const ownAddress = raw.address && !company.hq?.country ? addressSeatLine(raw.address) : undefined;
  const seatLines = [...(ownAddress ? [ownAddress] : []), ...(raw.smallPrint ?? [])];
  if (ownSite && pageHost && seatLines.length > 0 && !company.hq?.country) {
    // No country in an address the readers could parse: the seat its postal
    // code or the small print states.
    const seat = seatFromSmallPrint(seatLines, pageHost);
    if (seat) {
      company.hq = { ...company.hq, country: seat.country };
      const before = evidence['company.hq'];
      evidence['company.hq'] = clip(
        `${before ? `${before}; ` : ''}small print: ${seat.evidence}`,
        HINT_LIMITS.evidence,
      );
    }
  }

  const foundedYear = raw.founded && yearFromText(raw.founded.value);
  if (foundedYear) {
    company.foundedYear = foundedYear;
    note('foundedYear', raw.founded);
  }

  const specialties = raw.specialties && listFromText(raw.specialties.value);
  if (specialties && specialties.length > 0) {
    company.specialties = specialties;
    note('specialties', raw.specialties);
  }

  const description = raw.description && descriptionFromText(raw.description.value);
  if (description) {
    company.description = description;
    evidence['company.description'] = clip(raw.description?.evidence ?? '', HINT_LIMITS.evidence);
  }

  const links = linksFromRaw(raw.links, company.domain);
  if (links) {
    company.links = links.links;
    evidence['company.links'] = clip(links.evidence, HINT_LIMITS.evidence);
  }
  return company;
}

function normalizePerson(raw: RawPerson, evidence: Record<string, string>): PersonHints {
  const person: PersonHints = {};
  const name = text(raw.name, HINT_LIMITS.name);
  if (name) {
    person.name = name;
    evidence['person.name'] = clip(`${raw.name?.evidence}: ${name}`, HINT_LIMITS.evidence);
  }
  const companyName = text(raw.companyName, HINT_LIMITS.name);
  const titleSource = raw.headline ?? raw.jobTitle;
  const headline = titleSource ? splitHeadline(titleSource.value, companyName) : {};
  if (headline.title) {
    person.title = headline.title;
    evidence['person.title'] = clip(`${titleSource?.evidence}`, HINT_LIMITS.evidence);
  }
  if (companyName) {
    person.companyName = companyName;
    evidence['person.companyName'] = clip(
      `${raw.companyName?.evidence}: ${companyName}`,
      HINT_LIMITS.evidence,
    );
  } else if (headline.company && headline.company.length <= HINT_LIMITS.name) {
    person.companyName = headline.company;
    evidence['person.companyName'] = clip(
      `${raw.headline?.evidence} (after "at")`,
      HINT_LIMITS.evidence,
    );
  }
  const fullHeadline = text(raw.headline, HINT_LIMITS.text);
  if (fullHeadline) {
    person.headline = fullHeadline;
    evidence['person.headline'] = clip(`${raw.headline?.evidence}`, HINT_LIMITS.evidence);
  }
  const location = text(raw.location, HINT_LIMITS.text);
  if (location) {
    person.location = location;
    evidence['person.location'] = clip(
      `${raw.location?.evidence}: ${location}`,
      HINT_LIMITS.evidence,
    );
    // Only a place that names its country gives one ("San Francisco Bay Area" gives none).
    // "Palo Alto, California" implies US but names no country.
    const last = location.split(',').pop()?.trim() ?? '';
    const country = countryCode(last) ? locationFromText(location)?.country : undefined;
    if (country) {
      person.country = country;
      evidence['person.country'] = clip(
        `country named in location "${location}"`,
        HINT_LIMITS.evidence,
      );
    }
  }
  const industry = text(raw.industry, HINT_LIMITS.name);
  if (industry) {
    person.industry = industry;
    evidence['person.industry'] = clip(
      `${raw.industry?.evidence}: ${industry}`,
      HINT_LIMITS.evidence,
    );
  }
  return person;
}

function text(raw: RawText | undefined, max: number): string | undefined {
  const value = raw?.value.replace(/\s+/g, ' ').trim();
  return value ? clip(value, max) : undefined;
}

/** "2011", "2015-03-01", "Founded in 1998" → the year; implausible years → undefined. */
export function yearFromText(value: string): number | undefined {
  const match = /\b(1[5-9]\d\d|2\d\d\d)\b/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year <= new Date().getUTCFullYear() + 1 ? year : undefined;
}

/** LinkedIn writes specialties as "a, b, c, and d". */
export function listFromText(value: string): string[] {
  const items: string[] = [];
  for (const piece of value.split(/\s*[,;]\s*/)) {
    const item = piece
      .replace(/^and\s+/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!item || item.length > HINT_LIMITS.text || items.includes(item)) continue;
    items.push(item);
    if (items.length >= HINT_LIMITS.specialties) break;
  }
  return items;
}

/** Drops the "… see more" of a clamped LinkedIn text. */
function descriptionFromText(value: string): string | undefined {
  const cleaned = value
    .replace(/(?:\s*(?:\.\.\.|…))?\s*see more\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned ? clip(cleaned, HINT_LIMITS.description) : undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
