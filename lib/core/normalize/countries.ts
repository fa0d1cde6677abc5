// Country names and codes to ISO 3166-1 alpha-2, from i18n-iso-countries
// (English names plus its aliases: "United States", "USA", "UK", …).
// Background/CLI only: the dataset never enters the content script.

import countries from 'i18n-iso-countries';
import { foldWords } from '../values/text';
import { allowedTypos, editDistance } from './edit-distance';
import en from 'i18n-iso-countries/langs/en.json';
import da from 'i18n-iso-countries/langs/da.json';
import de from 'i18n-iso-countries/langs/de.json';
import es from 'i18n-iso-countries/langs/es.json';
import fi from 'i18n-iso-countries/langs/fi.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import ja from 'i18n-iso-countries/langs/ja.json';
import nb from 'i18n-iso-countries/langs/nb.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sv from 'i18n-iso-countries/langs/sv.json';

/** Every language this module reads country names in. */
const ALL_LOCALES = [en, de, fr, it, es, nl, nb, pt, sv, da, fi, pl, ja, ru];
let registered = false;

// The browser build registers no locale by itself; registering on first use
// keeps this module free of import-time side effects.
function registerLocales(): void {
  if (registered) return;
  for (const locale of ALL_LOCALES) countries.registerLocale(locale);
  registered = true;
}

/** "GB", "GBR", "United Kingdom", "UK" → "GB"; anything else → undefined. */
export function countryCode(text: string): string | undefined {
  registerLocales();
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

/** Every name and alias the dataset knows, in every locale above, folded → code. */
function names(): Map<string, string> {
  if (foldedNames) return foldedNames;
  registerLocales();
  const built = new Map<string, string>();
  for (const locale of [en, ...LOCALES]) {
    const all = countries.getNames(locale.locale, { select: 'all' }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(all)) {
      for (const name of list) {
        const key = foldWords(name);
        if (key.length >= 3 && !built.has(key)) built.set(key, code);
      }
    }
  }
  for (const [name, code] of Object.entries(EXTRA_ALIASES)) built.set(name, code);
  foldedNames = built;
  return built;
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
  const key = foldWords(text);
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

/**
 * A country's name in any of the languages company sites are read in
 * ("Italien", "Niederlande", "Schweiz", "Norge", "日本"), or undefined. Only
 * whole names: "Nr. 1 in der Schweiz" names no country.
 */
export function countryInAnyLanguage(text: string): string | undefined {
  registerLocales();
  const t = text.trim();
  if (t.length < 3) return undefined;
  for (const locale of ALL_LOCALES) {
    const code = countries.getAlpha2Code(t, locale.locale);
    if (code) return code;
  }
  return undefined;
}
