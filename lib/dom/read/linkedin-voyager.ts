// LinkedIn's pre-render shells and signed-in pages carry the Voyager API's
// answer in <code> blocks (JSON, often inside an HTML comment and so still
// HTML-escaped). One payload holds many companies: this page's, but also
// "similar pages", affiliates and followed companies. Only the entity whose
// universalName (or numeric id, for /company/12345) is the URL's is kept,
// with the entities it names by $id or entityUrn inlined one level deep; the
// background reads its fields (lib/core/normalize/linkedin-voyager.ts).

import { firstOf } from './dom-text';
import { RAW_LIMITS, type RawText } from '../../core/hints/raw-page';

/** Blocks larger than this are not parsed: a page's own payload is well below it. */
const MAX_BLOCK_CHARS = 2_000_000;
const MAX_BLOCKS = 40;

type Entity = Record<string, unknown>;

/**
 * `id`: the URL's universal name or numeric id, lower case as LinkedIn
 * writes universal names (a mixed-case one is not matched: nothing is read).
 */
export function readVoyagerCompany(doc: Document, id: string): RawText | undefined {
  const codes = doc.querySelectorAll('code');
  for (const code of firstOf(codes, MAX_BLOCKS)) {
    // The payload is the block's text, or a comment (which textContent skips).
    const text = (code.textContent?.trim() || code.firstChild?.nodeValue || '')
      .slice(0, MAX_BLOCK_CHARS)
      // Enough unescaping to parse; other entities inside strings stay for the background.
      .replaceAll('&quot;', '"');
    // Cheap test before parsing: the page's id must be in the block.
    if (!text.includes(id)) continue;
    try {
      const included = JSON.parse(text).included as Entity[];
      const byId = new Map(included.map((e) => [e.$id ?? e.entityUrn, e]));
      const own = included.find(
        (e) =>
          e.universalName === id ||
          (/Company$/.test(String(e.$type)) && String(e.entityUrn).endsWith(`:${id}`)),
      );
      if (!own) continue;
      const values = Object.values(own);
      // Inline what the entity itself names (directly or in a list), nothing
      // deeper, and not itself (its entityUrn names it).
      function inline(this: unknown, _key: string, v: unknown) {
        const named = (this === own || values.includes(this)) && byId.get(v);
        return named && named !== own ? named : v;
      }
      const value = JSON.stringify(own, inline);
      if (value.length <= RAW_LIMITS.embedded) return { value, evidence: 'embedded JSON' };
    } catch {
      // Not a Voyager payload: the next block may be.
    }
  }
  return undefined;
}
