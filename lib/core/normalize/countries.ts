// Country names and codes to ISO 3166-1 alpha-2, from i18n-iso-countries
// (English names plus its aliases: "United States", "USA", "UK", …).
// Background/CLI only: the dataset never enters the content script.

import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import de from 'i18n-iso-countries/langs/de.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import es from 'i18n-iso-countries/langs/es.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import nb from 'i18n-iso-countries/langs/nb.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import sv from 'i18n-iso-countries/langs/sv.json';
import da from 'i18n-iso-countries/langs/da.json';
import fi from 'i18n-iso-countries/langs/fi.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import ja from 'i18n-iso-countries/langs/ja.json';
import ru from 'i18n-iso-countries/langs/ru.json';

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

const LOCALES = [en, de, fr, it, es, nl, nb, pt, sv, da, fi, pl, ja, ru];
let allRegistered = false;

/**
 * A country's name in any of the languages company sites are read in
 * ("Italien", "Niederlande", "Schweiz", "Norge", "日本"), or undefined. Only
 * whole names: "Nr. 1 in der Schweiz" names no country.
 */
export function countryInAnyLanguage(text: string): string | undefined {
  if (!allRegistered) {
    for (const locale of LOCALES) countries.registerLocale(locale);
    allRegistered = true;
    registered = true;
  }
  const t = text.trim();
  if (t.length < 3) return undefined;
  for (const locale of LOCALES) {
    const code = countries.getAlpha2Code(t, locale.locale);
    if (code) return code;
  }
  return undefined;
}
