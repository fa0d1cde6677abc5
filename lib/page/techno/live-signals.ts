import { clip } from '../../core/values/text';
import { SIGNAL_CAPS as CAPS } from '../../core/hints/page-signals';
import type { LiveSignals } from '../../core/hints/page-signals';
import { styleRules } from './style-rules';

// What the worker's parsed copy of the page cannot have: the document's
// cookies and the rules of its linked stylesheets live only in the page.

/** Names only: cookie values can be session tokens and never leave this function. */
function cookieNames(doc: Document): string[] {
  let cookie = '';
  try {
    // Reading document.cookie throws on sandboxed and opaque-origin documents.
    cookie = typeof doc.cookie === 'string' ? doc.cookie : '';
  } catch {
    cookie = '';
  }
  const names: string[] = [];
  for (const pair of cookie.split(';')) {
    const name = pair.split('=', 1)[0]?.trim();
    if (name && !names.includes(name)) names.push(clip(name, 200));
    if (names.length >= CAPS.cookies) break;
  }
  return names;
}

export function liveSignals(doc: Document): LiveSignals {
  return { cookies: cookieNames(doc), css: styleRules(doc) };
}
