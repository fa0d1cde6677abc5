// What the extension stores for a page, reproduced in Node for the CLI: the
// PageHints, and the technologies only where the worker would ask for them
// (a website with an account, not served by a platform; none on LinkedIn,
// `other` pages or person profiles), gathered by the content script's own
// code and matched by the worker's own table.
//
// What differs from a browser: no script runs in linkedom, so there are no
// globals for the main-world probe (`js` patterns never match) and no tags a
// loader would insert after load; cookies are the saved page's (none). The
// second pass has no time budget: linkedom is many times slower than a
// browser, and the question is what the page shows, not how fast.

import { accountKeys } from '../core/accounts/account-key';
import type { PageHints } from '../core/hints/page-hints';
import { technologyOwner } from '../extension/worker/techno/attribution';
import { matchTechnologies, toTechnologyHints } from '../extension/worker/techno/match';
import { selectorsFor } from '../extension/worker/techno/needs';
import { fingerprintTable } from '../extension/worker/techno/table';
import { answerDom, gatherPageSignals } from '../dom/techno/gather';
import { extractPage } from './extract-page';

/** Whether the worker would gather technologies for a page that gave `hints`. */
export function wantsTechnologies(hints: PageHints): boolean {
  // The worker asks only once the page is an account's (recordPage), and
  // only when the account owns the page's stack (handlers.ts pageMarkup).
  const keys = accountKeys(hints);
  return keys !== undefined && technologyOwner(hints.kind, hints.url, keys.domain) === 'account';
}

export function extractStoredPage(doc: Document, url: string): PageHints {
  const hints = extractPage(doc, url);
  if (!wantsTechnologies(hints)) return hints;
  // As the worker plans and gathers (handlers.ts pageMarkup): needs
  // from the whole markup, every signal from the document.
  const html = doc.documentElement?.outerHTML ?? '';
  const signals = {
    ...gatherPageSignals(doc, url),
    dom: answerDom(doc, selectorsFor(fingerprintTable, html), () => 0),
  };
  return {
    ...hints,
    technologies: toTechnologyHints(matchTechnologies(signals, fingerprintTable)),
  };
}
