// What the in-page reader hands to the background: strings exactly as the
// page states them, each with where it was read. It crosses the content
// script / background boundary as a message, so it stays plain data and
// every string is capped here once (the schema enforces the same caps).

import type { PageKind } from './page-hints';

/** Caps applied by the reader; `rawPageSchema` accepts exactly these. */
export const RAW_LIMITS = {
  /** Names of companies and people. */
  name: 200,
  /** Short field values: industry, size, headquarters, founded, headline. */
  text: 300,
  /** Descriptions and specialties lists. */
  description: 2000,
  /** URLs (page URL, website, LinkedIn URL). */
  url: 2048,
  /** Where a value was read. */
  evidence: 300,
  /** Website candidates kept, best first. */
  websites: 5,
  /** Raw signals kept per page (normalization dedupes and caps them again). */
  signals: 30,
  /** Sentences kept that may state a fact in prose. */
  statements: 10,
  /** What an own site prints about itself that may name it. */
  nameClues: 8,
  /** Footer and copyright lines that may state the seat. */
  smallPrint: 16,
  /** One embedded JSON entity (LinkedIn's Voyager company), serialised. */
  embedded: 20_000,
} as const;

export interface RawText {
  value: string;
  /** Where it was read, e.g. `dt "Industry" (about-us__industry)`. */
  evidence: string;
}

export interface RawWebsite extends RawText {
  /**
   * Seen as a mention inside free text (a tagline such as "Check out at
   * usemotion.com/teams") rather than in a website field, so normalization
   * only trusts it when the domain fits the company's name.
   */
  mentioned?: boolean;
}

/** A structured postal address (JSON-LD PostalAddress), fields as written. */
export interface RawAddress {
  locality?: string;
  region?: string;
  country?: string;
  postalCode?: string;
  evidence: string;
}

export interface RawIndustry extends RawText {
  /**
   * Read by its position alone (a lone unlabeled item in LinkedIn's top
   * card), so normalization keeps it only when it names a known industry.
   */
  guessed?: boolean;
}

export interface RawCompany {
  name?: RawText;
  /** Candidates for the company's own site, best first (may be a linkedin.com/redir link). */
  websites?: RawWebsite[];
  linkedinUrl?: RawText;
  industry?: RawIndustry;
  /** e.g. "51-200 employees", "10,001+ employees", "11-50". */
  size?: RawText;
  /** Headquarters as one line of text, e.g. "Mountain View, California" or "Durham, NC 27701". */
  hq?: RawText;
  address?: RawAddress;
  /** e.g. "2011" or "2015-03-01". */
  founded?: RawText;
  /** The list as one string, e.g. "analytics, data, and AI". */
  specialties?: RawText;
  description?: RawText;
  /** A revenue statement, e.g. "$50M in annual revenue" or "ARR of €20 million". */
  revenue?: RawText;
  /**
   * Sentences of a company site's home or about page that may state its
   * size, founding year or revenue in prose ("We're a team of 250"); the
   * background reads the facts out of them where structured data is silent.
   */
  statements?: RawText[];
  /** Links to the company's own pages, each an absolute URL. */
  links?: RawLinks;
  /**
   * On a company's own site with no `name` read from structured data or a
   * site name fitting the host: what the site prints about itself, best
   * evidence first (evidence `meta og:site_name`, `copyright line`,
   * `logo alt linking home …`, `title`); normalization reads the name out
   * of them, else names the site by its domain's label.
   */
  nameClues?: RawText[];
  /**
   * On a company's own site with no structured or North American address:
   * footer lines and the page's copyright and 本社 lines, as written, that
   * may state its seat ("CH-6300 Zug - Schweiz", "Registered in England &
   * Wales"); normalization reads the HQ country out of them.
   */
  smallPrint?: RawText[];
  /**
   * On a LinkedIn company page, the Voyager entity of this company (matched
   * by the URL's universal name or id) as JSON, with the entities it refers
   * to inlined one level deep; normalization reads its fields where the
   * page's markup stated none or only weak ones.
   */
  embedded?: RawText;
}

/**
 * The evidence of a small-print entry that is a postal address line from the
 * page's body with the line before it ("Acme GmbH – Hauptstr. 1, 12345
 * Stadt"): normalization reads a seat from it only when it names the site owner.
 */
export const ADDRESS_BLOCK = 'address block';

export interface RawLinks {
  about?: RawText;
  careers?: RawText;
  pricing?: RawText;
  customers?: RawText;
}

/**
 * Kinds of raw signal the reader reports; normalization turns them into the
 * SignalHint types (`funding`, `hiring`, `expansion`).
 * - `funding`: a sentence that may state a funding round ("Acme raised a $40M Series B"), or a
 *   LinkedIn funding card's text ("Series C · US$ 36.5M");
 * - `careers`: a link to the company's careers page (value: its text, url: its target);
 * - `hiring`: a statement that the company hires ("We're hiring");
 * - `job-count`: a count of the company's open jobs ("Show all 8 jobs", "42 open positions");
 * - `job-title`: a line of the company's own job list that may be a job title, any role
 *   (a link of its careers page, a JSON-LD `JobPosting` title, a LinkedIn job opening);
 *   normalization keeps the lines that read as titles;
 * - `expansion`: a sentence that may state a new office ("Acme opens a new office in Berlin").
 */
export type RawSignalKind =
  'funding' | 'careers' | 'hiring' | 'job-count' | 'job-title' | 'expansion';

export interface RawSignal extends RawText {
  kind: RawSignalKind;
  url?: string;
  /** A job posting's `hiringOrganization` as named: a posting for someone else is no signal. */
  by?: string;
}

export interface RawPerson {
  name?: RawText;
  /** The profile headline, e.g. "Co-Founder ꩜Substrate". */
  headline?: RawText;
  /** JSON-LD `Person.jobTitle`: the title when the card shows no headline. */
  jobTitle?: RawText;
  companyName?: RawText;
  /** Where the member says they are, as the top card writes it ("London, United Kingdom"). */
  location?: RawText;
  /** The industry of 2013–2016 public profiles ("Internet"). */
  industry?: RawText;
}

export interface RawPage {
  url: string;
  kind: PageKind;
  /** Why the page got its kind, e.g. `URL path /company/<slug>` or `JSON-LD NewsArticle`. */
  kindEvidence: string;
  company?: RawCompany;
  person?: RawPerson;
  /** Statements about the company's funding, hiring or growth, in page order. */
  signals?: RawSignal[];
}
