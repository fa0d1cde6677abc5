// What a company's own site prints about itself, as raw clues to its name
// when no structured data names an owner that fits the host: og:site_name,
// application-name, apple-mobile-web-app-title, the copyright line, the logo
// that links home, the <title>. The page only collects them, best evidence
// first; core/owner/site-name.ts reads the name out of them in the
// background (legal forms, "All rights reserved", the domain's label last).

import { clip, collapse, linesOf, metaContent } from './dom-text';
import { mainLabel } from '../../core/owner/name-fit';
import { ADDRESS_BLOCK, RAW_LIMITS, type RawText } from '../../core/hints/raw-page';

/** Where a site prints its own small print. */
const FOOTER_SELECTOR = 'footer,address,[id*=footer i],[class*=footer i]';

/** The visible lines of the page's footers, or the last lines of the page when it has none. */
export function footerLines(doc: Document): string[] {
  const lines: string[] = [];
  const footers = doc.querySelectorAll(FOOTER_SELECTOR);
  const count = Math.min(footers.length, 8);
  for (let i = 0; i < count && lines.length < 400; i += 1) {
    const element = footers[i];
    // A footer nested in one already read adds nothing.
    if (element && !(i > 0 && footers[0]?.contains(element))) {
      lines.push(...linesOf(element, 3000, 20000));
    }
  }
  if (lines.length === 0 && doc.body) lines.push(...linesOf(doc.body, 20000, 200000).slice(-400));
  return lines;
}

const clue = (value: string, evidence: string): RawText => ({
  value: clip(collapse(value), RAW_LIMITS.text),
  evidence: clip(evidence, RAW_LIMITS.evidence),
});

/** The heading of an imprint or legal notice, at the start of its line. */
const IMPRINT_HEAD =
  /^(?:impressum|imprint|legal notice|angaben gem|mentions légales|note legali|aviso legal)/i;

/** The site's names for itself, best evidence first; at most 8. */
export function nameClues(
  doc: Document,
  url: URL,
  lines: readonly string[],
  page: readonly string[] = [],
): RawText[] {
  const clues: RawText[] = [];
  for (const key of [
    'og:site_name',
    'application-name',
    'apple-mobile-web-app-title',
    'twitter:site',
    'twitter:title',
    'og:title',
  ]) {
    const value = metaContent(doc, key, RAW_LIMITS.text);
    if (value) clues.push(clue(value, `meta ${key}`));
  }
  // The three lines after an imprint's heading, where its legal name stands
  // (core/owner/site-name.ts picks it out).
  const at = page.findIndex((line) => IMPRINT_HEAD.test(line));
  if (at >= 0) clues.push(clue(page.slice(at + 1, at + 4).join(' ¦ '), 'imprint'));
  const copyright = lines.find((l) => /©|\(c\)|copyright/i.test(l));
  if (copyright) clues.push(clue(copyright, 'copyright line'));
  const logo = homeLogo(doc, url);
  if (logo) clues.push(logo);
  clues.push(clue(doc.querySelector('title')?.textContent ?? '', 'title'));
  return clues.filter((c) => c.value).slice(0, RAW_LIMITS.nameClues);
}

/** The alt text of the logo image that links to the site's home page. */
function homeLogo(doc: Document, url: URL): RawText | undefined {
  for (const img of [...doc.querySelectorAll('a img[alt]')].slice(0, 200)) {
    const href = img.closest('a')?.getAttribute('href');
    const text = img.getAttribute('alt')?.trim();
    if (text && href != null && linksHome(href, url)) return clue(text, 'logo alt');
  }
  return undefined;
}

/** A link to the site's home page: "/", "/de/", "index.html", or this site's root. */
function linksHome(href: string, url: URL): boolean {
  const m = /^(?:https?:\/\/([^/]+))?\/?(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.\w+)?$/i.exec(
    href,
  );
  return !!m && (!m[1] || m[1].includes(mainLabel(url.hostname)));
}

/** A postal code and a capitalised place after it: "26721 Emden", "– 10152 Torino", "CH-8000 Zürich". */
const POSTAL_SHAPE = /(?:^|[\s,–-])\d{4,5}\s+\p{Lu}/u;

/**
 * The site's small print that may state its seat: footer lines with a
 * number or a legal phrase (and the line after each, where a country often
 * stands alone), and the page's copyright, 本社 and register court lines
 * (an imprint page states them in its body). First come up to
 * four address lines of the page's body, each with the two lines before it
 * (name and street, the European order): sites print their address in a header or a
 * product's details as often as in the footer. Raw: which line is the
 * owner's address and which country it names is read in the background.
 */
export function smallPrint(footer: readonly string[], page: readonly string[]): RawText[] {
  const blocks: RawText[] = [];
  page.forEach((line, i) => {
    if (blocks.length < 4 && POSTAL_SHAPE.test(line)) {
      blocks.push(clue(page.slice(Math.max(0, i - 2), i + 1).join(' – '), ADDRESS_BLOCK));
    }
  });
  const out: string[] = [];
  footer.forEach((line, i) => {
    if (/\d{4}|regist|sitz|本社/i.test(line)) out.push(line, footer[i + 1] as string);
  });
  out.push(
    ...page.filter((line) => /©|本社[：:]|registergericht|amtsgericht.*\bhr[ab]\b/i.test(line)),
  );
  return [...blocks, ...[...new Set(out)].filter(Boolean).map((l) => clue(l, 'small print'))].slice(
    0,
    RAW_LIMITS.smallPrint,
  );
}
