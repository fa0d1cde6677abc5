import type { ReaderAnswer, ReaderRequest } from './requests';
import { readPage } from '../../dom/read/read-page';
import { answerDom, gatherPageSignals } from '../../dom/techno/gather';

/** Turns markup into a Document: the browser's DOMParser, or linkedom in Node. */
export type ParseHtml = (html: string) => Document;

/**
 * Reads a page from its markup: the same readers the CLI runs on a saved
 * page, here on the copy the content script serialized. No script of the
 * page runs in a parsed document, and it loads nothing.
 */
export function answerReader<R extends ReaderRequest>(
  request: R,
  parse: ParseHtml,
): ReaderAnswer<R> {
  const doc = parse(request.html);
  if (request.op === 'read') return { page: readPage(doc, request.url) } as ReaderAnswer<R>;
  // Cookies and stylesheet rules come later, from the live page.
  const signals = gatherPageSignals(doc, request.url);
  signals.dom = answerDom(doc, request.dom);
  return { signals } as ReaderAnswer<R>;
}
