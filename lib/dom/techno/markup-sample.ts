// The page's markup as wappalyzer's `html` patterns expect it: the start and
// the end of the serialized document. An ordinary page is serialized by the
// browser (outerHTML, the fastest way there is); a huge one by walking the
// DOM with a character budget, so that the cost follows the sample and not
// the page: outerHTML on a 20 MB page is a 170 ms task before a single
// character is dropped. Runs in the content script; no imports.

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

/** Past either, a page is serialized by the walk (both checks cost next to nothing). */
export const NATIVE_LIMITS = { elements: 10_000, bytes: 1024 * 1024 } as const;

/**
 * Whether outerHTML is safe: the page has few enough elements, and the HTML
 * the browser received (its navigation entry) was small. A document with no
 * such entry (a test's, a frame's) is walked.
 */
export function serializeNatively(doc: Document): boolean {
  const timing = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
    { decodedBodySize?: number } | undefined;
  const bytes = timing?.decodedBodySize ?? 0;
  return (
    bytes > 0 &&
    bytes <= NATIVE_LIMITS.bytes &&
    doc.getElementsByTagName('*').length <= NATIVE_LIMITS.elements
  );
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
 * is longer, its end (`htmlTail`): the two places fingerprints cluster. A
 * walk also stops after `htmlNodes` nodes (a quarter of that for the end). Each
 * attribute value, text run and comment of a long page is cut to `htmlRun`
 * characters, so LinkedIn's ~600 KB JSON blobs cannot push every later tag out.
 */
export function markupSample(doc: Document, native = serializeNatively(doc)): string {
  const root = doc.documentElement;
  if (!root) return '';
  if (native) return sampleSerialized(root.outerHTML);
  const { htmlHead: head, htmlTail: tail, htmlNodes: nodes } = CAPS;
  const forward = serialize(root, head + tail, nodes, false);
  const all = forward.pieces.join('');
  if (forward.complete && all.length <= head + tail) return all;
  const end = serialize(root, tail, nodes / 4, true)
    .pieces.reverse()
    .join('');
  return `${all.slice(0, head)}\n${end.slice(-tail)}`;
}
