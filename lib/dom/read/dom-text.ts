// Small DOM reading helpers shared by the page readers. They read
// textContent (a parsed copy has no layout, and innerText would force one on
// a live page) and bound every walk: a copy can still be megabytes.

import { RAW_LIMITS, type RawText } from '../../core/hints/raw-page';
import { clip } from '../../core/values/text';

/**
 * Raw text, indentation included, past which a heading cannot be a short
 * label ("Funding", "Contact info"): readers skip such headings before
 * collapsing their text.
 */
export const SHORT_HEADING_CHARS = 400;

/**
 * The first `max` nodes of a list, skipping holes: pages hold lists of
 * 200,000 nodes, and a reader looks at the first few only.
 */
export function* firstOf<T>(list: ArrayLike<T | undefined>, max: number): Generator<T> {
  for (let i = 0; i < Math.min(list.length, max); i += 1) {
    const item = list[i];
    if (item) yield item;
  }
}

/** Collapses whitespace and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Readers take clip from here with the other DOM helpers.
export { clip };

/** Collapsed, clipped textContent of a node ('' for none). */
export function textOf(node: Node | null | undefined, max: number): string {
  const raw = node?.textContent ?? '';
  // Collapsing is linear, but there is no point collapsing megabytes to keep 300 chars.
  return clip(collapse(raw.length > max * 8 + 1024 ? raw.slice(0, max * 8 + 1024) : raw), max);
}

/** The content of `<meta property=key>` or `<meta name=key>`, collapsed and clipped. */
export function metaContent(doc: Document, key: string, max: number): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return clip(collapse(el?.getAttribute('content') ?? ''), max);
}

/** Builds a RawText, or undefined when the value is empty. */
export function raw(
  value: string,
  evidence: string,
  max: number = RAW_LIMITS.text,
): RawText | undefined {
  const v = clip(collapse(value), max);
  return v ? { value: v, evidence: clip(collapse(evidence), RAW_LIMITS.evidence) } : undefined;
}

/** Quotes a short excerpt for evidence strings. */
export function quote(text: string, max = 80): string {
  const t = collapse(text);
  return `"${t.length > max ? `${clip(t, max)}…` : t}"`;
}

const LINE_BREAKING = new Set([
  'address',
  'article',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'section',
  'td',
  'tr',
  'ul',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe']);

function breaksLine(node: Node): boolean {
  return node.nodeType === 1 && LINE_BREAKING.has((node as Element).localName.toLowerCase());
}

/**
 * The visible lines of an element as a reader sees them: `<br>` and block
 * elements break lines (textContent alone would glue "101 15th Street" and
 * "San Francisco, CA" together). Stops after `maxNodes` nodes or `maxChars`
 * characters; `skip` leaves out whole subtrees.
 */
export function linesOf(
  root: Element,
  maxNodes = 2000,
  maxChars = 20000,
  skip?: (element: Element) => boolean,
): string[] {
  const lines: string[] = [];
  let current = '';
  let chars = 0;
  let visited = 0;
  const flush = () => {
    const line = collapse(current);
    if (line) lines.push(line);
    current = '';
  };
  // Sibling and parent pointers rather than recursion or child lists: a page
  // can nest deeper than the call stack allows, and a walk that allocates
  // nothing per node costs little more than the DOM walk itself.
  let node: Node | null = root;
  while (node && visited < maxNodes && chars < maxChars) {
    visited += 1;
    let enter = false;
    if (node.nodeType === 3) {
      // One text node can hold megabytes: take only what the budget has left.
      const text = (node.nodeValue ?? '').slice(0, maxChars - chars);
      current += text;
      // Indentation between tags is no reading: a page indented deeply would
      // spend the budget before its first paragraph.
      chars += /\S/.test(text) ? text.length : 1;
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (!SKIPPED.has(element.localName.toLowerCase()) && !skip?.(element)) {
        if (breaksLine(element)) flush();
        enter = element.firstChild !== null;
      }
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // Leave every element whose last child this was, breaking after blocks.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && breaksLine(node)) flush();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return lines;
}
