// A bounded sample of what a visitor reads on a page, for the few facts and
// signals that sites only state in prose ("a team of 250", "raised a $40M
// Series B", "42 open positions"). Every text pattern runs over this sample,
// never over the document: a 20 MB page costs what a 50 KB one does.

import { clip, linesOf } from './dom-text';

/** The sample's caps: characters read, nodes visited, and the length of one line. */
export const TEXT_SAMPLE = { chars: 50_000, nodes: 20_000, line: 400 } as const;

/**
 * Subtrees that talk about someone else or ask the visitor something: sign-up
 * forms list company sizes, quotes and testimonials speak for customers,
 * asides and hidden blocks are not the page's own statement. Checked per
 * element the walk reaches (a query over the whole body would cost what the
 * page weighs, not what the sample does).
 */
const ELSEWHERE_TAGS = new Set(['form', 'select', 'aside', 'blockquote']);
const ELSEWHERE_CLASS = /testimonial|quote|review/i;

function elsewhere(element: Element): boolean {
  if (ELSEWHERE_TAGS.has(element.localName.toLowerCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  const className = element.getAttribute('class');
  return className !== null && ELSEWHERE_CLASS.test(className);
}

/** The page's visible lines, in order, each collapsed and at most `TEXT_SAMPLE.line` long. */
export function sampleLines(doc: Document): string[] {
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  return linesOf(body, TEXT_SAMPLE.nodes, TEXT_SAMPLE.chars, elsewhere).map((line) =>
    clip(line, TEXT_SAMPLE.line),
  );
}
