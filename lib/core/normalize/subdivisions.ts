// Top-level ISO 3166-2 subdivisions (US states, Canadian provinces, UK
// nations, French regions, …) from the iso-3166 dataset, looked up by code or
// by name. Background/CLI only. The index is built on first use.

import { iso31662 } from 'iso-3166';
import { foldSpaces } from '../values/text';

export interface Subdivision {
  /** ISO 3166-1 alpha-2 of the country. */
  country: string;
  /** The ISO 3166-2 suffix: "CA" for US-CA. */
  code: string;
  name: string;
}

interface Index {
  byCode: Map<string, Subdivision>;
  byName: Map<string, Subdivision[]>;
}

let index: Index | undefined;

function build(): Index {
  const built: Index = { byCode: new Map(), byName: new Map() };
  for (const entry of iso31662) {
    // Only first-level units: "London, City of" sits under GB-ENG and is not a region here.
    if (!/^[A-Z]{2}$/.test(entry.parent)) continue;
    const code = entry.code.slice(entry.parent.length + 1);
    const sub: Subdivision = { country: entry.parent, code, name: entry.name };
    built.byCode.set(`${entry.parent}-${code}`, sub);
    const key = foldSpaces(entry.name);
    const list = built.byName.get(key);
    if (list) list.push(sub);
    else built.byName.set(key, [sub]);
  }
  return built;
}

function getIndex(): Index {
  index ??= build();
  return index;
}

/** ("US", "CA") → California. */
export function subdivisionByCode(country: string, code: string): Subdivision | undefined {
  return getIndex().byCode.get(`${country.toUpperCase()}-${code.toUpperCase()}`);
}

/** Countries where LinkedIn and postal lines write a bare two-letter state or province code. */
export const NORTH_AMERICA = ['US', 'CA'] as const;

/**
 * A subdivision named `name`: within `country` when known; otherwise a US
 * state or Canadian province (a US state name implies the US), else a name
 * that is unique among all countries' first-level subdivisions.
 */
export function subdivisionByName(name: string, country?: string): Subdivision | undefined {
  const matches = getIndex().byName.get(foldSpaces(name)) ?? [];
  if (country) return matches.find((s) => s.country === country);
  const northAmerican = matches.find((s) =>
    (NORTH_AMERICA as readonly string[]).includes(s.country),
  );
  if (northAmerican) return northAmerican;
  return matches.length === 1 ? matches[0] : undefined;
}

/** A bare two-letter US state or Canadian province code ("NC", "ON"). */
export function northAmericanCode(code: string): Subdivision | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  for (const country of NORTH_AMERICA) {
    const sub = subdivisionByCode(country, code);
    if (sub) return sub;
  }
  return undefined;
}
