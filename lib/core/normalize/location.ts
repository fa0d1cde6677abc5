// Headquarters text and addresses to { city, region, country }. Pages state
// places loosely ("London, London", "Mountain View, CA", "Brooklyn, New York,
// United States", "111 West Evelyn Ave. Suite 106 Sunnyvale, CA, 94086"), so
// each part is only kept when it can be read with confidence.

import type { Location } from '../hints/page-hints';
import type { RawAddress } from '../hints/raw-page';
import { foldSpaces } from '../values/text';
import { countryCode, countryInAnyLanguage } from './countries';
import {
  northAmericanCode,
  subdivisionByCode,
  subdivisionByName,
  type Subdivision,
} from './subdivisions';

const US_ZIP = /^\d{5}(?:-\d{4})?$/;
const CA_POSTAL = /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i;
const TRAILING_POSTAL = /^(.*?)\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/;
const MAX_CITY = 100;

/** A location stated as one line of text. */
export function locationFromText(text: string): Location | undefined {
  const parts: string[] = [];
  for (const piece of text.split(',').slice(0, 8)) {
    const part = piece.replace(/\s+/g, ' ').trim();
    if (!part || US_ZIP.test(part) || CA_POSTAL.test(part)) continue;
    const withPostal = TRAILING_POSTAL.exec(part);
    parts.push(withPostal?.[1] ?? part);
  }
  if (parts.length === 0) return undefined;

  const location: Location = {};
  const last = parts[parts.length - 1] ?? '';
  // A lone part that names a country is the country, even where a
  // subdivision shares the name ("United Kingdom" is also GB-UKM).
  const country =
    parts.length > 1 || !subdivisionByName(last) || countryCode(last)
      ? countryOfPart(last)
      : undefined;
  if (country) {
    location.country = country;
    parts.pop();
  }

  let regionText: string | undefined;
  if (parts.length >= 2) {
    regionText = parts.pop();
  } else if (parts.length === 1 && !country) {
    // A lone part is a region only when it is a known one ("California").
    const only = parts[0] ?? '';
    if (northAmericanCode(only) || subdivisionByName(only)) regionText = parts.pop();
  }
  const cityText = parts.length > 0 ? cityOf(parts[parts.length - 1] ?? '') : undefined;
  if (cityText) location.city = cityText;
  applyRegion(location, regionText);
  return ordered(location);
}

/** A structured address (JSON-LD PostalAddress). */
export function locationFromAddress(address: RawAddress): Location | undefined {
  const location: Location = {};
  if (address.country) {
    // addressCountry is often written in the site's language ("Deutschland").
    const country = countryCode(address.country) ?? countryInAnyLanguage(address.country);
    if (country) location.country = country;
  }
  const city = address.locality ? cityOf(address.locality) : undefined;
  if (city) location.city = city;
  applyRegion(location, address.region);
  return ordered(location);
}

/**
 * Combines a structured address with a text line: the address wins, the text
 * fills gaps, and they are not mixed when they name different cities.
 */
export function mergeLocations(
  primary: Location | undefined,
  secondary: Location | undefined,
): Location | undefined {
  if (!primary) return secondary;
  if (!secondary) return primary;
  if (primary.city && secondary.city && foldSpaces(primary.city) !== foldSpaces(secondary.city)) {
    return primary;
  }
  if (primary.country && secondary.country && primary.country !== secondary.country) return primary;
  return ordered({
    city: primary.city ?? secondary.city,
    region: primary.region ?? secondary.region,
    country: primary.country ?? secondary.country,
  });
}

/** A part read as a country, unless it is a state or province code ("CA" is California here). */
function countryOfPart(part: string): string | undefined {
  if (northAmericanCode(part)) return undefined;
  // "Georgia" after a city is the US state: a US state name implies the US.
  const sub = subdivisionByName(part);
  if (sub && (sub.country === 'US' || sub.country === 'CA')) return undefined;
  return countryCode(part);
}

/** Sets region (a code where one exists) and the country it implies. */
function applyRegion(location: Location, regionText: string | undefined): void {
  const text = regionText?.trim();
  if (!text) return;
  const sub = resolveRegion(text, location.country);
  if (sub) {
    if (location.country && location.country !== sub.country) return;
    location.region = sub.code;
    location.country = sub.country;
    return;
  }
  // LinkedIn repeats the city where it has no region ("London, London").
  if (location.city && foldSpaces(location.city) === foldSpaces(text)) return;
  if (text.length <= MAX_CITY && !/\d/.test(text)) location.region = text;
}

function resolveRegion(text: string, country: string | undefined): Subdivision | undefined {
  if (/^[A-Z]{2,3}$/.test(text)) {
    return country ? subdivisionByCode(country, text) : northAmericanCode(text);
  }
  return subdivisionByName(text, country);
}

const STREET_WORDS = new Set(
  'st st. street ave ave. avenue rd rd. road blvd blvd. boulevard suite ste ste. floor fl fl. dr dr. drive way lane ln ln. pl pl. place ct ct. court pkwy parkway hwy highway sq square unit bldg building'.split(
    ' ',
  ),
);

/**
 * The city in a city part. A part that still holds a street
 * ("111 West Evelyn Ave. Suite 106 Sunnyvale") keeps only the capitalised
 * words after the last number or street word.
 */
function cityOf(part: string): string | undefined {
  const text = part.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (!/\d/.test(text)) return text.length <= MAX_CITY ? text : undefined;
  const words = text.split(' ');
  const city: string[] = [];
  for (let i = words.length - 1; i >= 0 && city.length < 4; i -= 1) {
    const word = words[i] ?? '';
    if (/\d/.test(word) || STREET_WORDS.has(word.toLowerCase()) || !/^\p{Lu}/u.test(word)) break;
    city.unshift(word);
  }
  // Four capitalised words in a row is more likely a street name than a city.
  return city.length > 0 && city.length < 4 ? city.join(' ') : undefined;
}

/** City, region, country in that order, absent fields omitted; undefined when empty. */
function ordered(location: Location): Location | undefined {
  const result: Location = {};
  if (location.city) result.city = location.city;
  if (location.region) result.region = location.region;
  if (location.country) result.country = location.country;
  return result.city || result.region || result.country ? result : undefined;
}
