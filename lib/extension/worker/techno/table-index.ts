// The fingerprint table rearranged for matching: text patterns behind literal
// prefilters, keyed patterns (meta, cookies, js, dom) in maps, relations by
// technology index. Built once per table on first use and cached, so the
// background pays for it once per service-worker start, not per page.

import type { DomPatternSource, FingerprintTable, PatternSource } from './fingerprints';
import { toPattern, type Pattern } from './patterns';
import { TextIndex } from './text-index';

export interface Entry {
  tech: number;
  pattern: Pattern;
}

export interface DomEntry {
  tech: number;
  selector: string;
  exists?: Pattern;
  text?: Pattern;
  attributes?: [string, Pattern][];
}

export interface Implied {
  tech: number;
  confidence: number;
  version: string;
}

export interface TableIndex {
  table: FingerprintTable;
  byName: Map<string, number>;
  /** Category names by technology index. */
  categories: string[][];
  categoryIds: number[][];
  url: TextIndex<Entry>;
  html: TextIndex<Entry>;
  scriptSrc: TextIndex<Entry>;
  scripts: TextIndex<Entry>;
  text: TextIndex<Entry>;
  css: TextIndex<Entry>;
  meta: Map<string, Entry[]>;
  cookies: Map<string, Entry[]>;
  /** Cookie names ending in `*`, as prefixes. */
  cookiePrefixes: [string, Entry[]][];
  js: Map<string, Entry[]>;
  dom: Map<string, DomEntry[]>;
  implies: Implied[][];
  excludes: number[][];
  /** Technologies detected only once one of these is: names, categories. */
  requires: number[][];
  requiresCategory: number[][];
}

function textIndex(
  table: FingerprintTable,
  field: 'url' | 'html' | 'scriptSrc' | 'scripts' | 'text' | 'css',
) {
  const items: { item: Entry; source: string }[] = [];
  table.technologies.forEach((tech, index) => {
    for (const source of tech[field] ?? []) {
      const pattern = toPattern(source);
      items.push({ item: { tech: index, pattern }, source: pattern.source });
    }
  });
  return new TextIndex(items);
}

function keyedIndex(table: FingerprintTable, field: 'meta' | 'cookies' | 'js') {
  const map = new Map<string, Entry[]>();
  table.technologies.forEach((tech, index) => {
    for (const [key, sources] of Object.entries(tech[field] ?? {})) {
      const entries = map.get(key) ?? [];
      entries.push(...sources.map((s: PatternSource) => ({ tech: index, pattern: toPattern(s) })));
      map.set(key, entries);
    }
  });
  return map;
}

function domIndex(table: FingerprintTable): Map<string, DomEntry[]> {
  const map = new Map<string, DomEntry[]>();
  table.technologies.forEach((tech, index) => {
    for (const [selector, spec] of Object.entries(tech.dom ?? {}) as [string, DomPatternSource][]) {
      const entry: DomEntry = { tech: index, selector };
      if (spec.exists !== undefined) entry.exists = toPattern(spec.exists);
      if (spec.text !== undefined) entry.text = toPattern(spec.text);
      // Node properties need the main world; the isolated gatherer cannot
      // see them, so only attributes are matched.
      const attributes = Object.entries(spec.attributes ?? {});
      if (attributes.length > 0) entry.attributes = attributes.map(([a, s]) => [a, toPattern(s)]);
      if (!entry.exists && !entry.text && !entry.attributes) continue;
      map.set(selector, [...(map.get(selector) ?? []), entry]);
    }
  });
  return map;
}

export function buildIndex(table: FingerprintTable): TableIndex {
  const byName = new Map(table.technologies.map((t, i) => [t.name, i]));
  const indexOf = (name: string) => byName.get(name);
  const defined = (n: number | undefined): n is number => n !== undefined;
  const cookies = keyedIndex(table, 'cookies');
  const cookiePrefixes: [string, Entry[]][] = [];
  for (const [name, entries] of cookies) {
    if (name.endsWith('*')) cookiePrefixes.push([name.slice(0, -1), entries]);
  }
  return {
    table,
    byName,
    categories: table.technologies.map((t) =>
      t.cats.map((id) => table.categories[String(id)]?.name ?? `category ${id}`),
    ),
    categoryIds: table.technologies.map((t) => t.cats),
    url: textIndex(table, 'url'),
    html: textIndex(table, 'html'),
    scriptSrc: textIndex(table, 'scriptSrc'),
    scripts: textIndex(table, 'scripts'),
    text: textIndex(table, 'text'),
    css: textIndex(table, 'css'),
    meta: keyedIndex(table, 'meta'),
    cookies,
    cookiePrefixes,
    js: keyedIndex(table, 'js'),
    dom: domIndex(table),
    implies: table.technologies.map((t) =>
      (t.implies ?? [])
        .map((i) => (typeof i === 'string' ? { name: i } : i))
        .map(({ name, confidence, version }) => ({
          tech: indexOf(name) ?? -1,
          confidence: confidence ?? 100,
          version: version ?? '',
        }))
        .filter((i) => i.tech >= 0),
    ),
    excludes: table.technologies.map((t) => (t.excludes ?? []).map(indexOf).filter(defined)),
    requires: table.technologies.map((t) => (t.requires ?? []).map(indexOf).filter(defined)),
    requiresCategory: table.technologies.map((t) => t.requiresCategory ?? []),
  };
}

const built = new WeakMap<FingerprintTable, TableIndex>();

export function indexFor(table: FingerprintTable): TableIndex {
  let index = built.get(table);
  if (!index) {
    index = buildIndex(table);
    built.set(table, index);
  }
  return index;
}
