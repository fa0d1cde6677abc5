// The compiled fingerprint table: the part of the webappanalyzer dataset that
// a page can expose, written by lib/node/fingerprints/compile-fingerprints.ts into
// lib/extension/worker/techno/generated/fingerprints.json and read by the matcher in the
// background. The content script never sees it (it is ~1 MB).
//
// Kept from the dataset: url, html, scriptSrc, scripts (inline code), text
// (the body's text, read off the markup sample), css (same-origin stylesheet
// rules and <style> elements), meta, cookies (document.cookie; the matcher
// sees names only), js (globals, read by the main-world probe), dom
// (selectors), and the relations implies, excludes, requires,
// requiresCategory. Dropped: headers, dns, certIssuer, robots, xhr, probe
// (the network's, not the page's), and every descriptive field (description,
// icon, website, pricing, cpe, saas, oss).

/**
 * A dataset pattern. Regex source strings stay exactly as the dataset writes
 * them (so a person can grep the dataset for them); their `\;version:` and
 * `\;confidence:` tags are parsed out. A bare string means no tags.
 */
export type PatternSource = string | ParsedPatternSource;

export interface ParsedPatternSource {
  regex: string;
  /** Version template: `\1`, `\1?a:b`, or a literal such as `GA4`. */
  version?: string;
  /** 0-100; the dataset's default is 100. */
  confidence?: number;
}

/** What a selector must show: it exists, its text, or attribute values matching. */
export interface DomPatternSource {
  exists?: PatternSource;
  text?: PatternSource;
  attributes?: Record<string, PatternSource>;
  /** DOM node properties set by page scripts; only the main world can read them. */
  properties?: Record<string, PatternSource>;
}

/** An implied technology, with the confidence and version the implication carries. */
export type ImpliesSource = string | { name: string; confidence?: number; version?: string };

export interface TechnologyFingerprint {
  name: string;
  /** Category ids (keys of `FingerprintTable.categories`). */
  cats: number[];
  url?: PatternSource[];
  html?: PatternSource[];
  scriptSrc?: PatternSource[];
  /** Inline script code. */
  scripts?: PatternSource[];
  /** The body's text as a visitor reads it. */
  text?: PatternSource[];
  /** Stylesheet rules as text. */
  css?: PatternSource[];
  /** Keyed by meta name or property, lower case. */
  meta?: Record<string, PatternSource[]>;
  /** Keyed by cookie name, lower case; a trailing `*` is a prefix. */
  cookies?: Record<string, PatternSource[]>;
  /** Keyed by a dotted path from `window` (`jQuery.fn.jquery`), case-sensitive. */
  js?: Record<string, PatternSource[]>;
  /** Keyed by CSS selector. */
  dom?: Record<string, DomPatternSource>;
  implies?: ImpliesSource[];
  excludes?: string[];
  /** Only looked for once every named technology is detected. */
  requires?: string[];
  /** Only looked for once a technology of one of these categories is detected. */
  requiresCategory?: number[];
}

export interface FingerprintCategory {
  name: string;
  priority: number;
}

export interface FingerprintTable {
  /** Where the table came from, and a hash of the dataset files it was compiled from. */
  dataset: {
    source: string;
    license: string;
    technologies: number;
    sha256: string;
  };
  /** Keyed by category id. */
  categories: Record<string, FingerprintCategory>;
  technologies: TechnologyFingerprint[];
}
