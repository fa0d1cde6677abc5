// What the content script hands the worker: the page's DOM as it stands now,
// serialized. The worker reads a parsed copy of it off the page's main
// thread (lib/extension/reader/), so the page pays for one serialization and
// nothing else. An ordinary page is serialized by the browser (outerHTML, the
// fastest way there is); a huge one by a bounded walk, its start and its end,
// so the cost follows the budget and not the page.

import { serialize, withOuterComments, type Cut } from '../dom/techno/markup-sample';
import { JSON_LD_LIMITS, MARKUP_LIMITS } from '../core/hints/markup-limits';

/**
 * Whether outerHTML is safe: the page has few enough elements, and the HTML
 * the browser received (its navigation entry) was small. A document with no
 * such entry (a frame's, a test's) is walked.
 */
function fitsNatively(doc: Document): boolean {
  const timing = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
    { decodedBodySize?: number } | undefined;
  const bytes = timing?.decodedBodySize ?? 0;
  return (
    bytes > 0 &&
    bytes <= MARKUP_LIMITS.nativeBytes &&
    doc.getElementsByTagName('*').length <= MARKUP_LIMITS.nativeElements
  );
}

/**
 * What the walk keeps of a text run or attribute: JSON-LD as the reader takes
 * it (a block it would skip is left empty, so smaller ones after it still fit
 * the reader's total), LinkedIn's embedded JSON whole, inline code as the
 * technology patterns read it, any other run far past what a reader uses.
 */
function readersCut(): Cut {
  let jsonLdLeft: number = JSON_LD_LIMITS.totalChars;
  return (value, owner) => {
    const L = MARKUP_LIMITS;
    const tag = owner?.localName;
    if (tag === 'script' && /ld\+json/i.test(owner!.getAttribute('type') ?? '')) {
      if (value.length > JSON_LD_LIMITS.blockChars || value.length > jsonLdLeft) return '';
      jsonLdLeft -= value.length;
      return value;
    }
    const run = tag === 'code' ? L.codeRun : tag === 'script' ? L.scriptRun : L.textRun;
    return value.length > run ? value.slice(0, run) : value;
  };
}

export function pageMarkup(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  const L = MARKUP_LIMITS;
  if (fitsNatively(doc)) {
    const html = withOuterComments(doc, root.outerHTML, readersCut());
    if (html.length <= L.nativeChars) return html;
    return `${html.slice(0, L.nativeChars - L.tail)}\n${html.slice(-L.tail)}`;
  }
  const forward = serialize(root, L.head, L.headNodes, false, readersCut());
  const start = forward.pieces.join('').slice(0, L.head);
  if (forward.complete) return withOuterComments(doc, start, readersCut());
  // The parser closes what the start left open and ignores the end's second
  // <html> and <body>; what lies between is not read.
  const end = serialize(root, L.tail, L.tailNodes, true, readersCut()).pieces.reverse().join('');
  return withOuterComments(doc, `${start}\n${end.slice(-L.tail)}`, readersCut());
}
