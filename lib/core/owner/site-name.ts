// The name of a company's own site read from what it prints about itself
// (the clues site-identity.ts collects in the page, best evidence first):
// og:site_name, application-name, apple-mobile-web-app-title, the holder of
// the copyright line ("© 2016 TORALIN. All Rights Reserved." → "TORALIN"),
// the legal name under an imprint's heading ("Kessler Drucktechnik GmbH"),
// the logo that links home ("comparis.ch Logo" → "comparis.ch"), the part of
// <title> that spells the host; last the domain's label ("Parallels" from
// parallels.com), marked as read from the domain with low confidence.

import type { RawText } from '../hints/raw-page';
import { squash } from '../values/text';
import { mainLabel, nameFitsHost, stripNameSuffix, stripSectionSuffix } from './name-fit';

/** "© 2016 TORALIN. All Rights Reserved." → "TORALIN"; the holder of a copyright line. */
const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*[:,.]?\s*)?(?:by\s+)?([^|,•·]{2,80})/iu;
/** Where the holder's name ends: "All rights reserved", a year, a sentence, a dash. */
const HOLDER_END =
  /\s*(?:\b(?:all rights|alle rechte|tous droits|todos los derechos|tutti i diritti|alle rettigheter|alle rechten|все права)\b.*|\b(?:19|20)\d\d\b.*|(?<=\p{L}{3})\.(?:\s.*)?|\s[-–—]\s.*)$/iu;

export function copyrightHolder(line: string): string | undefined {
  const match = COPYRIGHT.exec(line);
  if (!match?.[1]) return undefined;
  const holder = match[1].replace(HOLDER_END, '').replace(/\s+/g, ' ').trim();
  return plausibleName(holder) ? holder : undefined;
}

const LEGAL_FORM =
  /\b(?:GmbH|AG|KG|UG|e\.K\.|SE|Ltd|Inc|LLC|S\.?p\.?A|S\.?r\.?l|S\.?A\.?S?|B\.V|A\/?S|AB|Oy)\b/;

/**
 * The legal name an imprint states below its heading: of the lines after it
 * (joined by " ¦ " in the page), the first with a legal form, up to a comma
 * or a dash that starts the address ("Kessler Drucktechnik GmbH").
 */
export function imprintHolder(lines: string): string | undefined {
  const line = lines.split(' ¦ ').find((l) => LEGAL_FORM.test(l)) ?? '';
  const name = (line.split(/\s*(?:,(?!\s*(?:Inc|Ltd|LLC)\b)|\s[-–—|]\s)\s*/)[0] ?? '').trim();
  // A copyright line or a date under a footer's "Impressum" link is no heading's name.
  return plausibleName(name) && !/©|\(c\)|copyright|\d{4}/i.test(name) ? name : undefined;
}

export function plausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (!/\p{L}/u.test(name) || /^\d/.test(name)) return false;
  // Script, markup or a sentence rather than a name.
  if (/[{}<>=;"]|\bfunction\b|https?:/.test(name)) return false;
  return name.split(/\s+/).length <= 7;
}

/** Letters folded the way domains spell them: "Bächli-Bergsport" → "baechlibergsport". */
function domainFold(text: string): string {
  return squash(
    text
      .replace(/ä|æ/gi, 'ae')
      .replace(/ö|ø/gi, 'oe')
      .replace(/ü/gi, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/å/gi, 'aa'),
  );
}

/** Whether a name spells the host's label, allowing for umlauts written out. */
export function spellsHost(name: string, host: string): boolean {
  const label = mainLabel(host).replace(/-/g, '');
  const bare = stripNameSuffix(name);
  return label.length >= 3 && (domainFold(bare) === label || squash(bare) === label);
}

/** The site-name part of a <title>: its last or first part after a separator, spelling the host. */
function titleName(title: string, host: string): string | undefined {
  const parts = title.split(/\s+[|–—·:-]\s+|\s*[｜|]\s*/).filter(Boolean);
  if (parts.length < 2) return undefined;
  for (const part of [parts[parts.length - 1] ?? '', parts[0] ?? '']) {
    const name = stripSectionSuffix(part);
    if (plausibleName(name) && spellsHost(name, host)) return name;
  }
  return undefined;
}

/** "comparis.ch Logo" → "comparis.ch", "Lidl Logo Deutschland" → "Lidl" on lidl.de. */
function logoName(text: string, host: string): string | undefined {
  const name = (text.split(/[\s_-]*\b(?:web)?logo\b[\s_-]*/i)[0] ?? '').trim();
  if (!plausibleName(name)) return undefined;
  if (spellsHost(name, host)) return name;
  return name.split(/\s+/).find((w) => spellsHost(w, host)) ?? name;
}

/** "parallels" → "Parallels": the domain's label, the weakest evidence of a name. */
export function domainLabelName(host: string): string | undefined {
  const label = mainLabel(host);
  if (label.length < 2 || /^\d+$/.test(label)) return undefined;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function quote(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 80)}…` : text}"`;
}

/**
 * A site name that fits the host, from (in this order) og:site_name,
 * application-name, the parts of <title>, twitter:title and og:title. A
 * twitter:site handle naming the same company ("@segment") is kept in the
 * evidence when a name fits it.
 */
export function fittingSiteName(clues: readonly RawText[], host: string): RawText | undefined {
  const meta = (key: string) => clues.find((c) => c.evidence === `meta ${key}`)?.value ?? '';
  for (const key of ['og:site_name', 'application-name']) {
    const value = meta(key);
    const name = stripSectionSuffix(value);
    if (name && name.length <= 200 && nameFitsHost(stripNameSuffix(value), host)) {
      return { value: name, evidence: `meta ${key} ${quote(value)}` };
    }
  }
  const handle = meta('twitter:site').replace(/^@/, '');
  const titles: [string, string][] = [
    [clues.find((c) => c.evidence === 'title')?.value ?? '', 'title'],
    [meta('twitter:title'), 'meta twitter:title'],
    [meta('og:title'), 'meta og:title'],
  ];
  for (const [title, where] of titles) {
    // "LeanData | The Winds of Change", "Learn Node — The best way to learn Node.js"
    for (const part of title.split(/\s+[|–—·:-]\s+|\s+::\s+/).slice(0, 6)) {
      const name = stripSectionSuffix(part.replace(/\s+/g, ' ').trim());
      if (name.length <= 60 && nameFitsHost(stripNameSuffix(name), host)) {
        const also =
          handle && squash(handle) === squash(name) ? ` and twitter:site "@${handle}"` : '';
        return { value: name, evidence: `${where} ${quote(title)}${also}` };
      }
    }
  }
  return undefined;
}

const SITE_NAME_METAS = new Set([
  'meta og:site_name',
  'meta application-name',
  'meta apple-mobile-web-app-title',
]);

/** The best name in the clues, with where it was read; the domain's label last. */
export function siteName(clues: readonly RawText[], host: string): RawText | undefined {
  const fitting = fittingSiteName(clues, host);
  if (fitting) return fitting;
  for (const { value, evidence } of clues) {
    const name = SITE_NAME_METAS.has(evidence)
      ? stripSectionSuffix(value)
      : evidence === 'copyright line'
        ? copyrightHolder(value)
        : evidence === 'imprint'
          ? imprintHolder(value)
          : evidence.startsWith('logo')
            ? logoName(value, host)
            : evidence === 'title'
              ? titleName(value, host)
              : undefined;
    if (name && plausibleName(name)) return { value: name, evidence: `${evidence} "${value}"` };
  }
  const label = domainLabelName(host);
  return label ? { value: label, evidence: `domain label of ${host} (low confidence)` } : undefined;
}

/**
 * "Silkes Weinblatt by Silkes Weinkeller" on silkes-weinkeller.de →
 * "Silkes Weinkeller": a publication named after the company that makes it.
 */
export function makerName(name: string, host: string): string | undefined {
  const by = /^.{2,80}?\s+(?:by|von|par|di|door)\s+(.{2,80})$/i.exec(name)?.[1];
  return by && spellsHost(by, host) ? by : undefined;
}
