// What a company's own site prints about itself, as raw clues to its name
// when no structured data names an owner that fits the host: og:site_name,
// application-name, apple-mobile-web-app-title, the copyright line, the logo
// that links home, the <title>. The page only collects them, best evidence
// first; core/owner/site-name.ts reads the name out of them in the
// background (legal forms, "All rights reserved", the domain's label last).

import { clip, collapse, linesOf, metaContent } from './dom-text';
import { mainLabel } from '../../core/owner/name-fit';
import { RAW_LIMITS, type RawText } from '../../core/hints/raw-page';

/** Where a site prints its own small print. */
const FOOTER_SELECTOR = 'footer,[role=contentinfo],address,[id*=footer i],[class*=footer i]';

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

/** The site's names for itself, best evidence first; at most 8. */
export function nameClues(doc: Document, url: URL, lines: readonly string[]): RawText[] {
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
  const copyright = lines.find((l) => l.length <= 400 && /©|\(c\)|copyright/i.test(l));
  if (copyright) clues.push(clue(copyright, 'copyright line'));
  const logo = homeLogo(doc, url);
  if (logo) clues.push(logo);
  const title = textOfTitle(doc);
  if (title) clues.push(clue(title, 'title'));
  return clues.filter((c) => c.value).slice(0, RAW_LIMITS.nameClues);
}

function textOfTitle(doc: Document): string {
  return collapse(doc.querySelector('title')?.textContent ?? '').slice(0, RAW_LIMITS.text);
}

/** The alt or title of the logo image that links to the site's home page. */
function homeLogo(doc: Document, url: URL): RawText | undefined {
  const images = doc.querySelectorAll('a img[alt], a img[title]');
  const count = Math.min(images.length, 200);
  for (let i = 0; i < count; i += 1) {
    const img = images[i];
    const href = img?.closest('a')?.getAttribute('href');
    if (!img || href == null || !linksHome(href, url)) continue;
    for (const attr of ['alt', 'title']) {
      const text = collapse(img.getAttribute(attr) ?? '');
      if (text) return clue(text, `logo ${attr}`);
    }
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
