// Pattern tags and version templates behave as wappalyzer-core defines them,
// so versions and confidences agree with the reference.

import { describe, expect, it } from 'vitest';
import { parsePatternSource } from '../../../lib/node/fingerprints/compile';
import {
  regexFor,
  resolveVersion,
  runtimeSource,
  toPattern,
} from '../../../lib/extension/worker/techno/patterns';

describe('pattern tags', () => {
  it.each([
    ['jquery', 'jquery'],
    [
      '^WordPress(?: ([\\d.]+))?\\;version:\\1',
      { regex: '^WordPress(?: ([\\d.]+))?', version: '\\1' },
    ],
    ['\\;confidence:50', { regex: '', confidence: 50 }],
    ["gtag\\([^)]+'(UA-)\\;version:\\1?UA:", { regex: "gtag\\([^)]+'(UA-)", version: '\\1?UA:' }],
    ['x\\;version:a:b\\;confidence:75', { regex: 'x', version: 'a:b', confidence: 75 }],
  ])('%s', (source, parsed) => {
    expect(parsePatternSource(source)).toEqual(parsed);
  });

  it('defaults confidence to 100 and version to none', () => {
    expect(toPattern('abc')).toEqual({ source: 'abc', version: '', confidence: 100 });
    expect(toPattern({ regex: 'a', confidence: 25 })).toEqual({
      source: 'a',
      version: '',
      confidence: 25,
    });
  });
});

describe('regexes as wappalyzer-core runs them', () => {
  it('is case-insensitive and bounds + and * to 250 repeats', () => {
    expect(runtimeSource('a+b*c\\+/')).toBe('a{1,250}b{0,250}c\\+\\/');
    expect(regexFor('JQUERY').test('/js/jquery.min.js')).toBe(true);
    expect(regexFor('^a+$').test('a'.repeat(251))).toBe(false);
  });

  it('never throws on a pattern that does not compile', () => {
    expect(regexFor('(unclosed').test('(unclosed')).toBe(false);
  });
});

describe('version templates', () => {
  const version = (source: string, template: string, value: string) =>
    resolveVersion({ source, version: template, confidence: 100 }, value);

  it('fills back references', () => {
    expect(version('jquery-(\\d+\\.\\d+\\.\\d+)', '\\1', '/jquery-3.6.0.min.js')).toBe('3.6.0');
    expect(version('v(\\d+)\\.(\\d+)', '\\1.\\2', 'v4.12')).toBe('4.12');
  });

  it('resolves ternaries on whether a group matched', () => {
    expect(version("gtag\\([^)]+'(UA-)", '\\1?UA:', "gtag('config', 'UA-1')")).toBe('UA');
    expect(version('ver(x)?', '\\1?new:old', 'ver')).toBe('old');
  });

  it('keeps a literal version and drops unmatched references', () => {
    expect(version('_ga_', 'GA4', '_ga_')).toBe('GA4');
    expect(version('a(b)?', '\\1', 'a')).toBe('');
  });

  it('ignores groups longer than 10 characters, as wappalyzer-core does', () => {
    expect(version('v=(\\w+)', '\\1', 'v=12345678901234')).toBe('');
  });
});
