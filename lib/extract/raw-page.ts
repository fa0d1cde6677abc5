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

export interface RawCompany {
  name?: RawText;
  /** Candidates for the company's own site, best first (may be a linkedin.com/redir link). */
  websites?: RawWebsite[];
  linkedinUrl?: RawText;
  industry?: RawText;
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
}

export interface RawPerson {
  name?: RawText;
  /** The profile headline, e.g. "Co-Founder ꩜Substrate". */
  headline?: RawText;
  companyName?: RawText;
}

export interface RawPage {
  url: string;
  kind: PageKind;
  /** Why the page got its kind, e.g. `URL path /company/<slug>` or `JSON-LD NewsArticle`. */
  kindEvidence: string;
  company?: RawCompany;
  person?: RawPerson;
}
