// What is on a page but does not run there, blanked before any pattern sees
// it: a tag is evidence only if the page executes it. Commented-out code, a
// block behind `if (false)`, a vendor's config switched off, and markup
// another browser extension injected (an extension URL is never the site's:
// Wappalyzer issue #1435, React "detected" everywhere) are all present in the
// gathered text and none of them is the site's running stack.

/** Spaces for a span, so offsets and line structure stay as they were. */
const blank = (span: string) => span.replace(/[^\n]/g, ' ');

/**
 * Inline code without its comments. `//` counts as a comment only where a
 * URL cannot have it (not after `:`, a quote or a word character).
 */
export function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\'"\w])\/\/[^\n]*/g, '$1');
}

/** The index just past the brace that closes the one at `open`, or -1. */
function closingBrace(code: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

const DEAD_BRANCH = /\bif\s*\(\s*(?:false|0|!1|!0\s*===?\s*false)\s*\)\s*\{/g;
/** A key that switches its object off: `enabled: false`, `"disabled": true`. */
const SWITCHED_OFF =
  /(?<=[{,\s])["']?(?:(?:enabled|enable|active|load)["']?\s*:\s*(?:false|0|!1)|disabled["']?\s*:\s*(?:true|1|!0))\b/g;
/** What makes an object a config: assigned (`x.cfg =`) or a keyed value (`"intercom":`). */
const CONFIG_HEAD = /(?:[\w$.]+\s*=|["']?[\w$-]+["']?\s*:)\s*$/;

function blankBlocks(code: string, start: RegExp): string {
  let out = code;
  for (const m of code.matchAll(start)) {
    const end = closingBrace(code, m.index + m[0].length - 1);
    if (end > 0) out = out.slice(0, m.index) + blank(code.slice(m.index, end)) + out.slice(end);
  }
  return out;
}

/** The `{` that opens the object around `at`, or -1 (quotes are not tracked backwards). */
function openingBrace(code: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = code[i];
    if (c === '}') depth++;
    else if (c === '{' && depth-- === 0) return i;
  }
  return -1;
}

/** Config objects switched off, found from their switch outwards (most code has none). */
function blankSwitchedOff(code: string): string {
  let out = code;
  for (const m of code.matchAll(SWITCHED_OFF)) {
    const open = openingBrace(code, m.index);
    if (open < 0) continue;
    const head = CONFIG_HEAD.exec(code.slice(Math.max(0, open - 200), open));
    const end = closingBrace(code, open);
    if (!head || end < 0) continue;
    const from = open - head[0].length;
    out = out.slice(0, from) + blank(code.slice(from, end)) + out.slice(end);
  }
  return out;
}

/**
 * Inline code as it runs: comments, dead `if (false)` branches and config
 * objects switched off (`enabled: false`, `disabled: true`) are blanked.
 */
export function liveCode(code: string): string {
  return blankSwitchedOff(blankBlocks(withoutComments(code), DEAD_BRANCH));
}

const EXTENSION_URL = /\b(?:chrome|moz|safari-web|ms-browser)-extension:\/\//i;
/** A comment holding a tag is commented-out markup; one holding words (Yoast's banner) is not. */
const COMMENTED_MARKUP = /<!--(?:(?!-->)[\s\S])*?<\/?[a-z][\s\S]*?-->/gi;
const TAG_WITH_EXTENSION_URL =
  /<[a-z][\w-]*\b[^>]*\b(?:chrome|moz|safari-web|ms-browser)-extension:\/\/[^>]*>/gi;

/** The markup sample without commented-out markup and without tags another extension put there. */
export function liveMarkup(html: string): string {
  const uncommented = html.replace(COMMENTED_MARKUP, blank);
  return EXTENSION_URL.test(uncommented)
    ? uncommented.replace(TAG_WITH_EXTENSION_URL, blank)
    : uncommented;
}
