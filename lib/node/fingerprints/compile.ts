// Compiles the webappanalyzer dataset (technologies.json + categories.json)
// into the table the matcher reads: only what a page exposes, with pattern
// tags parsed. Pure: the caller reads the files and writes the result, so the
// unit test can re-compile in memory and check the committed table is current.

import type {
  DomPatternSource,
  FingerprintTable,
  ImpliesSource,
  PatternSource,
  TechnologyFingerprint,
} from '../../extension/worker/techno/fingerprints';

/** A technology as the dataset writes it (only the fields read here). */
export interface DatasetTechnology {
  cats?: number[];
  url?: string | string[];
  html?: string | string[];
  scriptSrc?: string | string[];
  scripts?: string | string[];
  text?: string | string[];
  css?: string | string[];
  meta?: Record<string, string | string[]>;
  cookies?: Record<string, string | string[]>;
  js?: Record<string, string | string[]>;
  dom?: string | string[] | Record<string, DatasetDomPattern>;
  implies?: string | string[];
  excludes?: string | string[];
  requires?: string | string[];
  requiresCategory?: number | number[];
  [other: string]: unknown;
}

interface DatasetDomPattern {
  exists?: string;
  text?: string;
  attributes?: Record<string, string>;
  properties?: Record<string, string>;
}

export interface DatasetCategory {
  name: string;
  priority: number;
  [other: string]: unknown;
}

export interface DatasetInfo {
  source: string;
  license: string;
  sha256: string;
}

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Splits `regex\;version:\1\;confidence:50` the way wappalyzer-core does:
 * on the two characters `\;`, each tag `key:value` split at its first colon.
 */
export function parsePatternSource(pattern: string): PatternSource {
  const [regex = '', ...tags] = pattern.split('\\;');
  const parsed: { regex: string; version?: string; confidence?: number } = { regex };
  for (const tag of tags) {
    const colon = tag.indexOf(':');
    if (colon < 0) continue;
    const key = tag.slice(0, colon);
    const value = tag.slice(colon + 1);
    if (key === 'version') parsed.version = value;
    else if (key === 'confidence') parsed.confidence = parseInt(value, 10);
  }
  return parsed.version === undefined && parsed.confidence === undefined ? regex : parsed;
}

function patterns(value: string | string[] | undefined): PatternSource[] | undefined {
  const list = toArray(value).map(String).map(parsePatternSource);
  return list.length > 0 ? list : undefined;
}

function keyedPatterns(
  value: Record<string, string | string[]> | undefined,
  lowerCaseKeys: boolean,
): Record<string, PatternSource[]> | undefined {
  if (!value) return undefined;
  const out: Record<string, PatternSource[]> = {};
  for (const [key, list] of Object.entries(value)) {
    const k = lowerCaseKeys ? key.toLowerCase() : key;
    out[k] = [...(out[k] ?? []), ...toArray(list).map(String).map(parsePatternSource)];
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function domPatterns(dom: DatasetTechnology['dom']): Record<string, DomPatternSource> | undefined {
  if (dom === undefined) return undefined;
  const out: Record<string, DomPatternSource> = {};
  if (typeof dom === 'string' || Array.isArray(dom)) {
    // A bare selector means "exists".
    for (const selector of toArray(dom)) out[selector] = { exists: '' };
    return out;
  }
  for (const [selector, spec] of Object.entries(dom)) {
    const compiled: DomPatternSource = {};
    if (spec.exists !== undefined) compiled.exists = parsePatternSource(spec.exists);
    if (spec.text !== undefined) compiled.text = parsePatternSource(spec.text);
    for (const kind of ['attributes', 'properties'] as const) {
      const entries = Object.entries(spec[kind] ?? {});
      if (entries.length > 0) {
        compiled[kind] = Object.fromEntries(entries.map(([k, v]) => [k, parsePatternSource(v)]));
      }
    }
    // `{}` (e.g. All in One SEO's `script.aioseo-schema`) can never match in
    // wappalyzer either; keep it out of the selectors pages are asked about.
    if (Object.keys(compiled).length > 0) out[selector] = compiled;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function impliesOf(value: string | string[] | undefined): ImpliesSource[] | undefined {
  const list = toArray(value).map((entry): ImpliesSource => {
    const parsed = parsePatternSource(entry);
    if (typeof parsed === 'string') return parsed;
    const implied: { name: string; confidence?: number; version?: string } = {
      name: parsed.regex,
    };
    if (parsed.confidence !== undefined) implied.confidence = parsed.confidence;
    if (parsed.version !== undefined) implied.version = parsed.version;
    return implied;
  });
  return list.length > 0 ? list : undefined;
}

function names(value: string | string[] | undefined): string[] | undefined {
  const list = toArray(value);
  return list.length > 0 ? list : undefined;
}

const PAGE_FIELDS = [
  'url',
  'html',
  'scriptSrc',
  'scripts',
  'text',
  'css',
  'meta',
  'cookies',
  'js',
  'dom',
] as const;

function compileTechnology(name: string, tech: DatasetTechnology): TechnologyFingerprint {
  const out: TechnologyFingerprint = { name, cats: toArray(tech.cats) };
  const set = <K extends keyof TechnologyFingerprint>(key: K, value: TechnologyFingerprint[K]) => {
    if (value !== undefined) out[key] = value;
  };
  set('url', patterns(tech.url));
  set('html', patterns(tech.html));
  set('scriptSrc', patterns(tech.scriptSrc));
  set('scripts', patterns(tech.scripts));
  set('text', patterns(tech.text));
  set('css', patterns(tech.css));
  // wappalyzer-core lower-cases meta and cookie names, not js chains.
  set('meta', keyedPatterns(tech.meta, true));
  set('cookies', keyedPatterns(tech.cookies, true));
  set('js', keyedPatterns(tech.js, false));
  set('dom', domPatterns(tech.dom));
  set('implies', impliesOf(tech.implies));
  set('excludes', names(tech.excludes));
  set('requires', names(tech.requires));
  const requiresCategory = toArray(tech.requiresCategory);
  if (requiresCategory.length > 0) out.requiresCategory = requiresCategory;
  return out;
}

function referencedNames(tech: TechnologyFingerprint): string[] {
  return [
    ...(tech.implies ?? []).map((i) => (typeof i === 'string' ? i : i.name)),
    ...(tech.excludes ?? []),
    ...(tech.requires ?? []),
  ];
}

/**
 * Keeps every technology a page can reveal, plus those they imply, exclude or
 * require (PHP is implied by WordPress but only shows in headers).
 */
export function compileFingerprints(
  technologies: Record<string, DatasetTechnology>,
  categories: Record<string, DatasetCategory>,
  info: DatasetInfo,
): FingerprintTable {
  const all = new Map(
    Object.entries(technologies).map(([name, tech]) => [name, compileTechnology(name, tech)]),
  );
  const kept = new Set<string>();
  const queue = [...all.values()]
    .filter((tech) => PAGE_FIELDS.some((field) => tech[field] !== undefined))
    .map((tech) => tech.name);
  while (queue.length > 0) {
    const name = queue.pop();
    if (name === undefined || kept.has(name) || !all.has(name)) continue;
    kept.add(name);
    queue.push(...referencedNames(all.get(name)!));
  }
  const list = [...all.values()].filter((tech) => kept.has(tech.name));
  // A reference to a technology the dataset lacks would make wappalyzer-core
  // throw; drop it so one bad entry never breaks matching.
  for (const tech of list) {
    if (tech.implies) {
      tech.implies = tech.implies.filter((i) => all.has(typeof i === 'string' ? i : i.name));
    }
    if (tech.excludes) tech.excludes = tech.excludes.filter((n) => all.has(n));
    if (tech.requires) tech.requires = tech.requires.filter((n) => all.has(n));
  }
  return {
    dataset: { ...info, technologies: Object.keys(technologies).length },
    categories: Object.fromEntries(
      Object.entries(categories).map(([id, c]) => [id, { name: c.name, priority: c.priority }]),
    ),
    technologies: list,
  };
}
