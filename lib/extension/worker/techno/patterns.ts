// Dataset patterns at run time: the RegExp wappalyzer-core would build from a
// source string (compiled on first use and cached), and the version template
// it would fill from a match. Kept faithful to wappalyzer-core 6.10 so our
// detections and versions agree with the reference, quirks included.

import type { PatternSource } from './fingerprints';

export interface Pattern {
  /** The dataset's regex source, for evidence a person can grep for. */
  source: string;
  version: string;
  confidence: number;
}

export function toPattern(source: PatternSource): Pattern {
  if (typeof source === 'string') return { source, version: '', confidence: 100 };
  return {
    source: source.regex,
    version: source.version ?? '',
    // parseInt of a missing tag in wappalyzer-core gives 100.
    confidence: Number.isFinite(source.confidence) ? (source.confidence as number) : 100,
  };
}

/**
 * The source wappalyzer-core actually runs: slashes escaped, and `+` / `*`
 * bounded to 250 repeats so a pattern cannot scan a long page quadratically.
 */
export function runtimeSource(source: string): string {
  return source
    .replace(/\//g, '\\/')
    .replace(/\\\+/g, '__escapedPlus__')
    .replace(/\+/g, '{1,250}')
    .replace(/\*/g, '{0,250}')
    .replace(/__escapedPlus__/g, '\\+');
}

const cache = new Map<string, RegExp>();
const NEVER = /(?!)/;

/** The case-insensitive RegExp for a dataset source, built once per source. */
export function regexFor(source: string): RegExp {
  let regex = cache.get(source);
  if (!regex) {
    try {
      regex = new RegExp(runtimeSource(source), 'i');
    } catch {
      regex = NEVER; // one bad pattern must not stop matching
    }
    cache.set(source, regex);
  }
  return regex;
}

/**
 * Fills a version template from `value` as wappalyzer-core's resolveVersion
 * does: `\1` back references, `\1?yes:no` ternaries, groups longer than 10
 * characters ignored.
 */
export function resolveVersion(pattern: Pattern, value: string): string {
  if (!pattern.version) return '';
  const matches = regexFor(pattern.source).exec(value);
  return matches ? versionFrom(pattern.version, matches) : pattern.version;
}

/** The template filled from a match the caller already has. */
export function versionFrom(template: string, matches: RegExpExecArray): string {
  if (!template) return '';
  let resolved = template;
  matches.forEach((match: string | undefined, index) => {
    if (String(match).length > 10) return;
    const ternary = new RegExp(`\\\\${index}\\?([^:]+):(.*)$`).exec(template);
    if (ternary && ternary.length === 3) {
      resolved = template.replace(ternary[0], match ? (ternary[1] ?? '') : (ternary[2] ?? ''));
    }
    resolved = resolved.trim().replace(new RegExp(`\\\\${index}`, 'g'), match || '');
  });
  return resolved.replace(/\\\d/, '');
}
