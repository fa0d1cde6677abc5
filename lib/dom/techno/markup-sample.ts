// The page's markup as wappalyzer's `html` patterns expect it (the start and
// the end of the serialized document), and the bounded walk the content
// script serializes a huge page with (lib/page/page-markup.ts): outerHTML on
// a 20 MB page is a 170 ms task before a single character is dropped, and
// the walk's cost follows its budget, not the page. No imports but the caps:
// the walk is bundled into the content script.

import { SIGNAL_CAPS as CAPS } from '../../core/hints/page-signals';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose text the serializer writes unescaped. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'noscript',
]);

const escapeText = (s: string) =>
  s.replace(/[&<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
const escapeAttribute = (s: string) =>
  s.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));

/**
 * What the walk keeps of one text run, comment or attribute value, given the
 * element it belongs to: by default its first `htmlRun` characters.
 */
export type Cut = (value: string, owner: Element | null) => string;

const cutToRun: Cut = (value) =>
  value.length > CAPS.htmlRun ? value.slice(0, CAPS.htmlRun) : value;

function startTag(element: Element, cut: Cut): string {
  let tag = `<${element.localName}`;
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i]!;
    tag += ` ${attribute.name}="${escapeAttribute(cut(attribute.value, element))}"`;
  }
  return `${tag}>`;
}

function endTag(element: Element): string {
  return VOID.has(element.localName) ? '' : `</${element.localName}>`;
}

function leafText(node: Node, cut: Cut): string {
  const parent = node.parentElement;
  if (node.nodeType === 3) {
    const text = cut((node as Text).data, parent);
    return parent && RAW_TEXT.has(parent.localName) ? text : escapeText(text);
  }
  if (node.nodeType === 8) return `<!--${cut((node as Comment).data, parent)}-->`;
  return '';
}

/**
 * Serializes `root` depth first, forwards or backwards, until `budget`
 * characters are written or `maxNodes` nodes visited, each attribute value,
 * text run and comment as `cut` keeps it. Backwards, pieces come end first
 * (the caller reverses them): an element's end tag on the way in, its start
 * tag on the way out. Returns the pieces and whether the whole tree fit.
 */
export function serialize(
  root: Element,
  budget: number,
  maxNodes: number,
  backwards: boolean,
  cut: Cut = cutToRun,
): { pieces: string[]; complete: boolean } {
  const pieces: string[] = [];
  let written = 0;
  let visited = 0;
  const emit = (piece: string) => {
    if (piece) {
      pieces.push(piece);
      written += piece.length;
    }
  };
  const first = (n: Node) => (backwards ? n.lastChild : n.firstChild);
  const next = (n: Node) => (backwards ? n.previousSibling : n.nextSibling);
  const enter = (e: Element) => emit(backwards ? endTag(e) : startTag(e, cut));
  const leave = (e: Element) => emit(backwards ? startTag(e, cut) : endTag(e));

  enter(root);
  let node: Node | null = first(root);
  while (node && written < budget && visited++ < maxNodes) {
    if (node.nodeType === 1) {
      enter(node as Element);
      const child = first(node);
      if (child) {
        node = child;
        continue;
      }
      leave(node as Element);
    } else {
      emit(leafText(node, cut));
    }
    // Climb out of every element this node ended.
    while (node && node !== root && !next(node)) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) leave(node as Element);
    }
    node = node && node !== root ? next(node) : null;
  }
  const complete = node === null;
  if (complete) leave(root);
  return { pieces, complete };
}

/**
 * `html` (the root element's markup) with the comments the document holds
 * outside its root: outerHTML leaves them out, and caching plugins sign the
 * page after `</html>` ("Performance optimized by WP Rocket").
 */
export function withOuterComments(doc: Document, html: string, cut: Cut = cutToRun): string {
  let before = '';
  let after = '';
  let seenRoot = false;
  const nodes = doc.childNodes;
  for (let i = 0; i < nodes.length && i < 50; i++) {
    const node = nodes[i]!;
    if (node === doc.documentElement) seenRoot = true;
    else if (node.nodeType === 8) {
      const comment = `<!--${cut((node as Comment).data, null)}-->`;
      if (seenRoot) after += comment;
      else before += comment;
    }
  }
  return `${before}${html}${after}`;
}

// Over the cap, long attribute values and text runs are cut to their start
// first, as the walk does. Serialized attributes always use double quotes.
const LONG_ATTRIBUTE = new RegExp(`="([^"]{${CAPS.htmlRun}})[^"]+"`, 'g');
const LONG_TEXT = new RegExp(`>([^<]{${CAPS.htmlRun}})[^<]+<`, 'g');

/** The start and end of an already serialized page. */
export function sampleSerialized(html: string): string {
  const { htmlHead: head, htmlTail: tail } = CAPS;
  if (html.length <= head + tail) return html;
  const reduced = html.replace(LONG_ATTRIBUTE, '="$1"').replace(LONG_TEXT, '>$1<');
  return reduced.length <= head + tail
    ? reduced
    : `${reduced.slice(0, head)}\n${reduced.slice(-tail)}`;
}

/**
 * The start of the serialized document (`htmlHead` characters) and, when it
 * is longer, its end (`htmlTail`): the two places fingerprints cluster. Each
 * attribute value, text run and comment of a long page is cut to `htmlRun`
 * characters first, so LinkedIn's ~600 KB JSON blobs cannot push every later
 * tag out. Runs on a parsed copy of the page (the worker's, the CLI's), which
 * the browser serializes at no cost to the page.
 */
export function markupSample(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  return sampleSerialized(withOuterComments(doc, root.outerHTML));
}
