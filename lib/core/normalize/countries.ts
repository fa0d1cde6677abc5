// Country names and codes to ISO 3166-1 alpha-2, from i18n-iso-countries
// (English names plus its aliases: "United States", "USA", "UK", …).
// Background/CLI only: the dataset never enters the content script.

import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

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
