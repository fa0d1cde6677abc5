// Page extraction: readPage runs in the page (content script) and returns
// what the page states; normalizePage runs in the background or CLI and
// turns it into PageHints. extractPage does both, for the CLI and tests.
// canonicalIndustry maps any industry wording onto LinkedIn's current
// taxonomy, for pages and ICP criteria alike.

import { normalizePage } from './normalize';
import type { PageHints } from './page-hints';
import { readPage } from './read-page';

export { readPage } from './read-page';
export { normalizePage } from './normalize';
export { canonicalIndustry, industryAncestors } from './normalize-industry';
export { revenueFromText } from './normalize-revenue';
export { rawPageSchema, pageHintsSchema } from './schema';
export type * from './page-hints';
export type * from './raw-page';

export function extractPage(doc: Document, url: string): PageHints {
  return normalizePage(readPage(doc, url));
}
