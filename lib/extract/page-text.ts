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
 * asides and hidden blocks are not the page's own statement. Found with one
 * selector query, so the walk only looks each element up in a set.
 */
const ELSEWHERE =
  'form, select, aside, blockquote, [hidden], [class*="testimonial" i], [class*="quote" i], [class*="review" i]';

/** The page's visible lines, in order, each collapsed and at most `TEXT_SAMPLE.line` long. */
export function sampleLines(doc: Document): string[] {
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  const elsewhere = new Set(Array.from(body.querySelectorAll(ELSEWHERE)));
  return linesOf(body, TEXT_SAMPLE.nodes, TEXT_SAMPLE.chars, (element) =>
    elsewhere.has(element),
  ).map((line) => clip(line, TEXT_SAMPLE.line));
}
