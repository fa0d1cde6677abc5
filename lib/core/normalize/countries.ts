// Country names and codes to ISO 3166-1 alpha-2, from i18n-iso-countries
// (English names plus its aliases: "United States", "USA", "UK", …).
// Background/CLI only: the dataset never enters the content script.

import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import da from 'i18n-iso-countries/langs/da.json';
import de from 'i18n-iso-countries/langs/de.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import sv from 'i18n-iso-countries/langs/sv.json';

let registered = false;

/** "GB", "GBR", "United Kingdom", "UK" → "GB"; anything else → undefined. */
export function countryCode(text: string): string | undefined {
  // The browser build registers no locale by itself; registering on first use
  // keeps this module free of import-time side effects.
  if (!registered) {
    countries.registerLocale(en);
    registered = true;
  }
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) {
    const upper = t.toUpperCase();
    return countries.isValid(upper) ? upper : undefined;
  }
  if (/^[A-Z]{3}$/.test(t)) {
    const fromAlpha3 = countries.alpha3ToAlpha2(t);
    if (fromAlpha3) return fromAlpha3;
  }
  return countries.getAlpha2Code(t, 'en');
}

/** Names CRMs use that the dataset's aliases lack: short forms and exonyms. */
const EXTRA_ALIASES: Record<string, string> = {
  uk: 'GB',
  korea: 'KR',
  'republic of korea': 'KR',
  holland: 'NL',
  'the netherlands': 'NL',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  'u s': 'US',
  'u s a': 'US',
  america: 'US',
  'united states of america': 'US',
  'u k': 'GB',
  uae: 'AE',
  emirates: 'AE',
  russia: 'RU',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  turkey: 'TR',
  vietnam: 'VN',
  taiwan: 'TW',
  iran: 'IR',
  'hong kong': 'HK',
  macau: 'MO',
  bolivia: 'BO',
  venezuela: 'VE',
  tanzania: 'TZ',
  syria: 'SY',
  laos: 'LA',
  moldova: 'MD',
};

/** Languages whose country names a CRM export may carry ("Deutschland", "España", "Brasil"). */
const LOCALES = [de, fr, es, it, nl, pt, sv, da, pl];

let foldedNames: Map<string, string> | undefined;

function foldCountry(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every name and alias the dataset knows, in every locale above, folded → code. */
function names(): Map<string, string> {
  if (foldedNames) return foldedNames;
  countryCode('US');
  const built = new Map<string, string>();
  for (const locale of [en, ...LOCALES]) {
    countries.registerLocale(locale);
    const all = countries.getNames(locale.locale, { select: 'all' }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(all)) {
      for (const name of list) {
        const key = foldCountry(name);
        if (key.length >= 3 && !built.has(key)) built.set(key, code);
      }
    }
  }
  for (const [name, code] of Object.entries(EXTRA_ALIASES)) built.set(name, code);
  foldedNames = built;
  return built;
}

/** Edit distance with adjacent transpositions (optimal string alignment), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > cap) return cap + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How far a name may be from a known one and still be read as it: none under 5 letters. */
export function allowedTypos(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

export interface CountryReading {
  code: string;
  /** Set when the name was read by a near match, to show in the report. */
  note?: string;
}

/**
 * A country as a CRM exports it: codes, English names and aliases, names in
 * several European languages, common short forms ("Korea", "Holland"), and a
 * near match to one known name ("Philipines" → PH) that comes with a note.
 * Two equally near names, or none near enough, give undefined.
 */
export function readCountry(text: string): CountryReading | undefined {
  // A CRM repeats the same few spellings across thousands of rows.
  if (readings.has(text)) return readings.get(text);
  const reading = readUncached(text);
  if (readings.size < 10_000) readings.set(text, reading);
  return reading;
}

const readings = new Map<string, CountryReading | undefined>();

function readUncached(text: string): CountryReading | undefined {
  const direct = countryCode(text);
  if (direct) return { code: direct };
  const key = foldCountry(text);
  if (!key || key.length > 60) return undefined;
  const known = names();
  const exact = known.get(key);
  if (exact) return { code: exact };
  const allowed = allowedTypos(key.length);
  if (allowed === 0) return undefined;
  let best: { code: string; name: string; distance: number } | undefined;
  let tie = false;
  for (const [name, code] of known) {
    const distance = editDistance(key, name, allowed);
    if (distance > allowed) continue;
    if (!best || distance < best.distance) {
      best = { code, name, distance };
      tie = false;
    } else if (distance === best.distance && code !== best.code) tie = true;
  }
  if (!best || tie) return undefined;
  return { code: best.code, note: `"${text.trim()}" read as ${best.code} (near "${best.name}")` };
}
