// The PageHints contract: what extraction tells the rest of the product about
// one page. The CLI prints it as JSON, the background scores it, and later
// issues deepen what fills it, so its shape only ever grows.
// Absent fields are omitted, never null or empty.

import type { Department, Seniority } from '../jobs/job-kinds';

/**
 * - `linkedin-company`: linkedin.com (any subdomain) /company/<slug>/, any tab;
 * - `linkedin-person`: linkedin.com /in/<slug>/;
 * - `website`: a company's own site, whose owner the page names;
 * - `other`: everything else (search, webmail, news, social, platforms, other LinkedIn pages).
 */
export type PageKind = 'linkedin-company' | 'linkedin-person' | 'website' | 'other';

/** Inclusive bounds; an open end is omitted ("10,001+" is `{ min: 10001 }`). */
export interface NumberRange {
  min?: number;
  max?: number;
}

export interface Location {
  city?: string;
  /** Subdivision code where one exists (ISO 3166-2 suffix, e.g. "CA" for California), else its name. */
  region?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
}

export interface CompanyHints {
  name?: string;
  /** Registrable domain ("audiense.com"), never a host with "www." or a path. */
  domain?: string;
  linkedinUrl?: string;
  /**
   * The industry as one name of LinkedIn's industry taxonomy (v2, e.g.
   * "Software Development"), so that ICP criteria name an industry once:
   * older LinkedIn names and common synonyms ("Computer Software", "SaaS")
   * are mapped onto it, and the evidence keeps the text as stated. A name the
   * taxonomy does not know stays as stated.
   */
  industry?: string;
  employees?: NumberRange;
  revenueUsd?: NumberRange;
  hq?: Location;
  foundedYear?: number;
  specialties?: string[];
  description?: string;
  /** Absolute URLs of the company's own pages that a seller looks at next. */
  links?: CompanyLinks;
}

export interface CompanyLinks {
  about?: string;
  /** The careers or jobs page, on the company's site or its job board (Greenhouse, Lever, …). */
  careers?: string;
  pricing?: string;
  customers?: string;
}

export interface PersonHints {
  name?: string;
  title?: string;
  companyName?: string;
  /** The headline as the profile shows it; `title` is its first role. */
  headline?: string;
  /** Where the member says they are, as written ("Berkeley, California, United States"). */
  location?: string;
  /** ISO 3166-1 alpha-2, only when `location` names a country. */
  country?: string;
  industry?: string;
}

export interface TechnologyHint {
  name: string;
  categories: string[];
  /** Where it was seen, e.g. `script src https://js.hs-scripts.com/123.js`. */
  evidence: string;
  /** The same in words for a rep, e.g. `its files under /wp-content/ are loaded`; absent on older records. */
  reason?: string;
}

/**
 * A buying signal the page states about the company itself, as typed data
 * (`hiring`, `funding` or `expansion`, by `type`) that scoring matches, and
 * `detail`: the same in words for a rep ("Hiring 3 engineering roles: …",
 * "Raised $20M Series B, March 2026", "New office in Berlin"), written from
 * the data and never read back. Records stored before the typed data existed
 * carry `detail` alone. Other companies' news, jobs and funding on the same
 * page never become signals.
 */
export interface SignalHint {
  /** One of `SignalType`; typed as string so that later kinds only grow the contract. */
  type: string;
  detail: string;
  evidence: string;
  hiring?: HiringSignal;
  funding?: FundingSignal;
  expansion?: ExpansionSignal;
}

/**
 * Where a hiring signal was read: the company's careers page or link, a
 * statement ("We're hiring"), a count of its open jobs, or titles from its
 * own job list (links of its careers page, JSON-LD `JobPosting`, LinkedIn's
 * "Recent job openings").
 */
export type HiringSource = 'careers-page' | 'statement' | 'job-count' | 'job-list';

export interface HiringSignal {
  /** Job titles as written, in page order. */
  titles: string[];
  /** The titles' departments and seniorities, each once, as core/jobs/job-title.ts reads them. */
  departments: Department[];
  seniorities: Seniority[];
  /** Open jobs the company states it has. */
  count?: number;
  source: HiringSource;
}

export type FundingRound =
  'pre-seed' | 'seed' | `series-${'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h'}`;

export interface FundingSignal {
  round?: FundingRound;
  /** The round's amount in its own currency (ISO 4217). */
  amount?: { value: number; currency: string };
  /** When the round was announced or closed: "2017-03-08", "2026-03" or "2026". */
  date?: string;
  investors?: string[];
}

/** A new office, a new headquarters, or a new market entered. */
export type ExpansionKind = 'office' | 'headquarters' | 'market';

export interface ExpansionSignal {
  kind: ExpansionKind;
  /** The place as written ("Berlin", "the UK"). */
  place?: string;
}

export type SignalType = 'funding' | 'hiring' | 'expansion';

export interface PageHints {
  url: string;
  kind: PageKind;
  company?: CompanyHints;
  person?: PersonHints;
  technologies: TechnologyHint[];
  signals: SignalHint[];
  /**
   * Where each field was read, keyed by its path in this object
   * ("company.industry", "company.hq", "person.title"), e.g.
   * `dt "Industry" in section about-us`.
   */
  evidence: Record<string, string>;
}
