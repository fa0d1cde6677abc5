// Gathering of technology signals from a document: the worker's parsed copy
// of the page, or a saved page in the CLI. It imports no package and knows
// nothing of the fingerprint table: it reads what any page exposes with
// generic rules and answers the selectors the table asks (`answerDom`). Every
// loop stops at a cap from SIGNAL_CAPS.

import { markupSample } from './markup-sample';
import { clip } from '../../core/values/text';
import { SIGNAL_CAPS as CAPS } from '../../core/hints/page-signals';
import type { DomAnswer, DomNeed, LiveSignals, PageSignals } from '../../core/hints/page-signals';
import { parseUrl } from '../../core/values/url';

function absolute(href: string, base: string): string | undefined {
  return parseUrl(href, base)?.href;
}

const HELD_TYPE = /^text\/(?:plain|template)$/i;
const CONSENT_MARK =
  /^data-(?:src|cookieconsent|category|cookiecategory|usercentrics|borlabs-[\w-]+|consent[\w-]*)$/i;

/**
 * A tag a consent manager holds back: an inert type, marked by the manager
 * (data-src, data-cookieconsent, data-category, OneTrust's optanon class...).
 * Its URL, from `data-src` (or Borlabs' blocker attribute, or `src`).
 */
function heldBack(el: Element): { src?: string } | undefined {
  if (!HELD_TYPE.test(el.getAttribute('type') ?? '')) return undefined;
  let marked = /\boptanon-category-/.test(el.getAttribute('class') ?? '');
  let src: string | undefined;
  for (const { name, value } of Array.from(el.attributes)) {
    if (!CONSENT_MARK.test(name)) continue;
    marked = true;
    if (name === 'data-src' || /^data-borlabs-.*src$/i.test(name)) src = value;
  }
  if (!marked) return undefined;
  return { src: src || el.getAttribute('src') || undefined };
}

function gatherScripts(
  doc: Document,
  url: string,
): Pick<PageSignals, 'scriptSrc' | 'scripts' | 'consentScriptSrc' | 'consentScripts'> {
  const scriptSrc: string[] = [];
  const scripts: string[] = [];
  const consentScriptSrc: string[] = [];
  const consentScripts: string[] = [];
  let budget: number = CAPS.scriptsTotal;
  for (const el of Array.from(doc.querySelectorAll('script'))) {
    const held = heldBack(el);
    const src = held ? held.src : el.getAttribute('src');
    const srcList = held ? consentScriptSrc : scriptSrc;
    if (src) {
      // wappalyzer skips inlined data: scripts too; a script from another
      // extension (chrome-extension://, moz-extension://) is not the site's.
      const found = src.startsWith('data:') ? undefined : absolute(src, url);
      const abs = found && /^https?:/i.test(found) ? found : undefined;
      if (abs && srcList.length < CAPS.scriptSrc) srcList.push(clip(abs, CAPS.value));
    } else if (budget > 0) {
      const code = boundedText(el, Math.min(CAPS.scriptOne, budget));
      if (code.trim()) {
        (held ? consentScripts : scripts).push(code);
        budget -= code.length;
      }
    }
    if (scriptSrc.length + consentScriptSrc.length >= CAPS.scriptSrc && budget <= 0) break;
  }
  return { scriptSrc, scripts, consentScriptSrc, consentScripts };
}

function gatherMeta(doc: Document): Record<string, string[]> {
  const meta: Record<string, string[]> = {};
  let names = 0;
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('name') || el.getAttribute('property') || '').toLowerCase();
    if (!key) continue;
    let values = meta[key];
    if (!values) {
      if (names++ >= CAPS.metaNames) continue;
      values = meta[key] = [];
    }
    if (values.length < CAPS.metaValues)
      values.push(clip(el.getAttribute('content') ?? '', CAPS.value));
  }
  return meta;
}

function gatherLinks(doc: Document, url: string): string[] {
  const links: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('link[href]'))) {
    const abs = absolute(el.getAttribute('href') ?? '', url);
    if (abs) links.push(clip(abs, CAPS.value));
    if (links.length >= CAPS.links) break;
  }
  return links;
}

function gatherIframes(doc: Document, url: string): string[] {
  const srcs: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('iframe[src]'))) {
    const abs = absolute(el.getAttribute('src') ?? '', url);
    if (abs && /^https?:/.test(abs)) srcs.push(clip(abs, CAPS.value));
    if (srcs.length >= CAPS.iframes) break;
  }
  return srcs;
}

/**
 * The text under `node`, read text node by text node until `max` characters
 * past any leading whitespace: textContent would copy all of a wrapper
 * `<div>`'s megabytes to keep its first thousand characters.
 */
export function boundedText(node: Node, max: number = CAPS.value): string {
  if (node.nodeType === 3) return clip((node.nodeValue ?? '').trim(), max);
  const doc = node.ownerDocument;
  if (!doc) return '';
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let visited = 0; visited < CAPS.textNodes && walker.nextNode(); visited++) {
    text += (walker.currentNode.nodeValue ?? '').slice(0, max + 64);
    if (text.trimStart().length >= max) break;
  }
  return clip(text.trim(), max);
}

/** A node another browser extension put in the page (its file's URL says so): never the site's. */
const injected = (node: Element) =>
  /^[a-z-]+-extension:/i.test(node.getAttribute('src') || node.getAttribute('href') || '');

const TAG_ONLY = /^(?:[a-z][a-z0-9-]*|\*)$/i;

/**
 * The first matches of a need's selector, stopping early where the DOM
 * allows: one node is enough to show a selector exists, and a bare tag name
 * (`div`, `*`) is a lazy collection that stops after the nodes read, where
 * querySelectorAll would list every div of the page.
 */
function firstMatches(doc: Document, need: DomNeed): Element[] {
  if (!need.text && !need.attributes?.length) {
    const one = doc.querySelector(need.selector);
    if (!one || !injected(one)) return one ? [one] : [];
  }
  const found = TAG_ONLY.test(need.selector)
    ? doc.getElementsByTagName(need.selector)
    : doc.querySelectorAll(need.selector);
  const nodes: Element[] = [];
  for (let i = 0; nodes.length < CAPS.domNodes; i++) {
    const node = found[i];
    if (!node) break;
    if (!injected(node)) nodes.push(node);
  }
  return nodes;
}

/** Second pass: what each asked selector shows, for the selectors that match. */
export function answerDom(
  doc: Document,
  needs: DomNeed[],
  now: () => number = () => performance.now(),
): Record<string, DomAnswer> {
  const answers: Record<string, DomAnswer> = {};
  // A selector that matches nothing scans the whole page: on 200,000
  // elements a few hundred of them would hold the page for seconds.
  const deadline = now() + CAPS.domBudgetMs;
  for (const need of needs.slice(0, CAPS.domSelectors)) {
    if (now() > deadline) break;
    let nodes: Element[];
    try {
      nodes = firstMatches(doc, need);
    } catch {
      continue; // a selector this browser cannot parse
    }
    if (nodes.length === 0) continue;
    const answer: DomAnswer = { exists: true };
    if (need.text) answer.text = nodes.map((n) => boundedText(n)).filter(Boolean);
    for (const name of need.attributes ?? []) {
      const values = nodes
        .filter((n) => n.hasAttribute(name))
        .map((n) => clip(n.getAttribute(name) ?? '', CAPS.value));
      if (values.length > 0) (answer.attributes ??= {})[name] = values;
    }
    answers[need.selector] = answer;
  }
  return answers;
}

/**
 * Everything a document shows without the table. Runs on the worker's parsed
 * copy of the page, so `live` brings what the copy cannot have (cookies, the
 * rules of linked stylesheets); `dom` is answered from the table's needs and
 * `js` by the main-world probe.
 */
export function gatherPageSignals(
  doc: Document,
  url: string,
  live: LiveSignals = { cookies: [] },
): PageSignals {
  return {
    url,
    ...gatherScripts(doc, url),
    meta: gatherMeta(doc),
    links: gatherLinks(doc, url),
    iframeSrc: gatherIframes(doc, url),
    cookies: live.cookies,
    html: markupSample(doc),
    ...(live.css !== undefined && { css: live.css }),
    dom: {},
    js: {},
  };
}
