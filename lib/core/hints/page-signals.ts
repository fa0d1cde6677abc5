// The raw material for technology matching that a page gives away cheaply.
// The background's reader gathers it from its copy of the page
// (lib/dom/techno/gather.ts) with generic rules; the content script adds what
// only the live page has (cookie names, stylesheet rules, the probe's
// globals). Every list and string is capped so one huge page cannot make the
// matching, the session storage that keeps a pass, or a message expensive.

export const SIGNAL_CAPS = {
  scriptSrc: 200,
  /** Total characters of inline script code kept. */
  scriptsTotal: 100 * 1024,
  /** Characters kept of one inline script (one big JSON blob must not eat the budget). */
  scriptOne: 48 * 1024,
  metaNames: 200,
  /** Values kept per meta name. */
  metaValues: 5,
  links: 200,
  iframes: 50,
  cookies: 100,
  /** Characters of the serialized page kept from its start (see markup-sample.ts). */
  htmlHead: 256 * 1024,
  /** The end of it, where footers, consent banners and late script tags live. */
  htmlTail: 64 * 1024,
  /**
   * Nodes a walked (huge) page's markup sample visits: the walk costs about a
   * microsecond a node, so 200,000 small elements must not all be written.
   */
  htmlNodes: 15_000,
  /** Characters kept of one attribute value, text run or comment in the markup sample. */
  htmlRun: 1000,
  /** Stylesheet rules read from the page's same-origin sheets, and their characters. */
  cssRules: 3000,
  css: 64 * 1024,
  /** Characters of a URL, attribute, meta content or text value. */
  value: 1000,
  /** Selectors answered in one pass. */
  domSelectors: 500,
  /** Milliseconds the second pass may spend on selectors; the rest go unanswered. */
  domBudgetMs: 50,
  /** Nodes read per selector for text and attribute values. */
  domNodes: 10,
  /** Text nodes read for one node's text (a wrapper can hold the whole page). */
  textNodes: 500,
  /** Global names and values from the main-world probe. */
  jsNames: 10000,
  jsValue: 200,
} as const;

/** What one CSS selector shows on the page; present only if it matched. */
export interface DomAnswer {
  exists: true;
  /** Trimmed textContent of the first matching nodes, when asked. */
  text?: string[];
  /** Values of the asked attributes on the first matching nodes. */
  attributes?: Record<string, string[]>;
}

/** A selector the background wants answered, and what to read from its nodes. */
export interface DomNeed {
  selector: string;
  text?: boolean;
  attributes?: string[];
}

/** What the background asks of a page on the second pass. */
export interface SignalNeeds {
  dom: DomNeed[];
  /** Dotted paths from `window` for the main-world probe (`jQuery.fn.jquery`). */
  js: string[];
}

export interface PageSignals {
  url: string;
  /** Absolute URLs of external scripts, in document order. */
  scriptSrc: string[];
  /** Inline script code, each capped. */
  scripts: string[];
  /**
   * Tags a consent manager holds back (`type="text/plain"` with `data-src`,
   * `data-cookieconsent`, `data-category`...: Cookiebot, OneTrust,
   * Usercentrics, Borlabs): present, but run only after the visitor agrees.
   */
  consentScriptSrc?: string[];
  consentScripts?: string[];
  /** `src` of iframes (forms, schedulers, chat widgets embedded in the page). */
  iframeSrc?: string[];
  /** Keyed by meta name or property, lower case; values are `content`. */
  meta: Record<string, string[]>;
  /** `href`s of link elements (stylesheets, preloads, icons). */
  links: string[];
  /** Cookie names from document.cookie; values are never read. */
  cookies: string[];
  /** The start and, for long pages, the end of documentElement.outerHTML. */
  html: string;
  /** Rules of the page's same-origin stylesheets as text (cross-origin ones cannot be read). */
  css?: string;
  /** Answers for the selectors the background asked about; keyed by selector. */
  dom: Record<string, DomAnswer>;
  /** From the main-world probe: globals that exist, with string values of primitives. */
  js: Record<string, string | true>;
}

/** What only the live page can tell: its cookies and its stylesheets' rules. */
export type LiveSignals = Pick<PageSignals, 'cookies' | 'css'>;
