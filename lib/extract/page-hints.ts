// The PageHints contract: what extraction tells the rest of the product about
// one page. The CLI prints it as JSON, the background scores it, and later
// issues deepen what fills it, so its shape only ever grows.
// Absent fields are omitted, never null or empty.

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
  /** LinkedIn's industry name, as the page states it. */
  industry?: string;
  employees?: NumberRange;
  revenueUsd?: NumberRange;
  hq?: Location;
  foundedYear?: number;
  specialties?: string[];
  description?: string;
}

export interface PersonHints {
  name?: string;
  title?: string;
  companyName?: string;
}

export interface TechnologyHint {
  name: string;
  categories: string[];
  /** Where it was seen, e.g. `script src https://js.hs-scripts.com/123.js`. */
  evidence: string;
}

export interface SignalHint {
  /** e.g. "funding", "hiring". */
  type: string;
  detail: string;
  evidence: string;
}

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
