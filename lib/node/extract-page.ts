// Page extraction: readPage reads a Document (the worker's copy of the page,
// or a saved page here) and returns what the page states; normalizePage
// turns it into PageHints. extractPage does both, for the CLI and tests.
// canonicalIndustry maps any industry wording onto LinkedIn's current
// taxonomy, for pages and ICP criteria alike.

import { normalizePage } from '../core/normalize/normalize';
import type { PageHints } from '../core/hints/page-hints';
import { readPage } from '../dom/read/read-page';

export { readPage } from '../dom/read/read-page';
export { normalizePage } from '../core/normalize/normalize';
export { canonicalIndustry, industryAncestors } from '../core/normalize/industry';
export { revenueFromText } from '../core/normalize/revenue';
export { rawPageSchema, pageHintsSchema } from '../core/hints/schema';
export type * from '../core/hints/page-hints';
export type * from '../core/hints/raw-page';

export function extractPage(doc: Document, url: string): PageHints {
  return normalizePage(readPage(doc, url));
}
