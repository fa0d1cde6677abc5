// The matcher applies the dataset's semantics (confidence, versions,
// implies, excludes, requires) and says where each technology was seen.

import { describe, expect, it } from 'vitest';
import type {
  FingerprintTable,
  TechnologyFingerprint,
} from '../../../lib/extension/worker/techno/fingerprints';
import { matchTechnologies, toTechnologyHints } from '../../../lib/extension/worker/techno/match';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';
import { signals } from './signals';

function table(technologies: TechnologyFingerprint[]): FingerprintTable {
  return {
    dataset: { source: 'test', license: 'GPL-3.0', sha256: '', technologies: technologies.length },
    categories: {
      '1': { name: 'CMS', priority: 1 },
      '2': { name: 'Analytics', priority: 9 },
      '3': { name: 'Programming languages', priority: 5 },
    },
    technologies,
  };
}

const names = (t: FingerprintTable, s = signals()) => matchTechnologies(s, t).map((m) => m.name);

describe('a page with HubSpot and Google Analytics (the real table)', () => {
  const page = signals({
    url: 'https://www.acme.com/',
    scriptSrc: [
      'https://js.hs-scripts.com/123456.js',
      'https://www.google-analytics.com/analytics.js',
    ],
    js: { _hsq: true, GoogleAnalyticsObject: 'ga' },
  });
  const matches = matchTechnologies(page, fingerprintTable);
  const byName = new Map(matches.map((m) => [m.name, m]));

  it('detects both, with the dataset category names', () => {
    expect(byName.get('HubSpot')?.categories).toEqual(['Marketing automation']);
    expect(byName.get('Google Analytics')?.categories).toEqual(['Analytics']);
  });

  it('says which script matched which pattern', () => {
    expect(byName.get('HubSpot')?.evidence).toBe(
      'script src https://js.hs-scripts.com/123456.js matches /\\.hs-scripts\\.com//',
    );
    expect(byName.get('Google Analytics')?.evidence).toMatch(
      /^script src https:\/\/www\.google-analytics\.com\/analytics\.js matches \//,
    );
  });

  it('detects them from the main-world globals alone', () => {
    const fromGlobals = matchTechnologies(
      signals({ js: { _hsq: true, GoogleAnalyticsObject: 'ga' } }),
      fingerprintTable,
    );
    expect(fromGlobals.map((m) => m.name)).toEqual(
      expect.arrayContaining(['HubSpot', 'Google Analytics']),
    );
    expect(fromGlobals.find((m) => m.name === 'HubSpot')?.evidence).toBe('window._hsq exists');
  });

  it('maps to the PageHints technology shape', () => {
    const hints = toTechnologyHints(matches);
    expect(hints.find((h) => h.name === 'HubSpot')).toEqual({
      name: 'HubSpot',
      categories: ['Marketing automation'],
      evidence: 'script src https://js.hs-scripts.com/123456.js matches /\\.hs-scripts\\.com//',
      reason: 'a script is loaded from js.hs-scripts.com',
    });
  });

  it('reads versions and implications from meta tags', () => {
    const wp = matchTechnologies(
      signals({ meta: { generator: ['WordPress 6.4.2'] } }),
      fingerprintTable,
    );
    expect(wp.find((m) => m.name === 'WordPress')).toMatchObject({
      version: '6.4.2',
      confidence: 100,
      evidence: 'meta generator="WordPress 6.4.2" matches /^WordPress(?: ([\\d.]+))?/',
    });
    expect(wp.find((m) => m.name === 'PHP')).toMatchObject({
      implied: true,
      evidence: expect.stringMatching(/^implied by WordPress/),
    });
  });
});

describe('dataset semantics', () => {
  it('adds confidences up to 100 and keeps the longest plausible version', () => {
    const t = table([
      {
        name: 'Lib',
        cats: [2],
        scriptSrc: [
          { regex: 'lib\\.js', confidence: 40 },
          { regex: 'lib-(\\d[\\d.]*)\\.js', version: '\\1', confidence: 40 },
        ],
        html: [{ regex: '<lib', confidence: 50 }],
      },
    ]);
    const [lib] = matchTechnologies(
      signals({ scriptSrc: ['https://x/lib.js', 'https://x/lib-2.1.0.js'], html: '<lib>' }),
      t,
    );
    expect(lib).toMatchObject({ name: 'Lib', confidence: 100, version: '2.1.0' });
    const [weak] = matchTechnologies(signals({ scriptSrc: ['https://x/lib.js'] }), t);
    expect(weak?.confidence).toBe(40);
  });

  it('ignores timestamps and long strings as versions', () => {
    const t = table([
      { name: 'A', cats: [1], scriptSrc: [{ regex: 'a\\.js\\?v=(\\d+)', version: '\\1' }] },
    ]);
    const [a] = matchTechnologies(signals({ scriptSrc: ['https://x/a.js?v=1700000000'] }), t);
    expect(a?.version).toBeUndefined();
  });

  it('follows implies chains with the implied confidence', () => {
    const t = table([
      { name: 'Theme', cats: [1], html: ['<theme'], implies: [{ name: 'CMS', confidence: 50 }] },
      { name: 'CMS', cats: [1], implies: ['Language'] },
      { name: 'Language', cats: [3] },
    ]);
    const matches = matchTechnologies(signals({ html: '<theme>' }), t);
    expect(matches.map((m) => [m.name, m.confidence, m.implied ?? false])).toEqual([
      ['Theme', 100, false],
      ['CMS', 50, true],
      ['Language', 50, true],
    ]);
    expect(matches[2]?.evidence).toBe(
      'implied by CMS (implied by Theme (html "<theme" matches /<theme/))',
    );
  });

  it('drops what a detected technology excludes', () => {
    const t = table([
      { name: 'New', cats: [1], html: ['<new'], excludes: ['Old'] },
      { name: 'Old', cats: [1], html: ['<old'] },
    ]);
    expect(names(t, signals({ html: '<new><old>' }))).toEqual(['New']);
  });

  it('looks for a technology that requires another only once that one is present', () => {
    const t = table([
      { name: 'WordPress', cats: [1], html: ['wp-content'] },
      { name: 'WP plugin', cats: [2], html: ['plugin-x'], requires: ['WordPress'] },
      { name: 'CMS plugin', cats: [2], html: ['plugin-y'], requiresCategory: [1] },
    ]);
    expect(names(t, signals({ html: 'plugin-x plugin-y' }))).toEqual([]);
    expect(names(t, signals({ html: 'wp-content plugin-x plugin-y' }))).toEqual([
      'CMS plugin',
      'WordPress',
      'WP plugin',
    ]);
  });

  it('matches meta, cookies (by name), globals and DOM answers', () => {
    const t = table([
      {
        name: 'Meta',
        cats: [1],
        meta: { generator: [{ regex: '^Gen ([\\d.]+)', version: '\\1' }] },
      },
      { name: 'Cookie', cats: [2], cookies: { _ga_: [''], 'sess_*': [''] } },
      {
        name: 'Global',
        cats: [2],
        js: { 'Lib.version': [{ regex: '([\\d.]+)', version: '\\1' }] },
      },
      {
        name: 'Dom',
        cats: [1],
        dom: {
          '[ng-version]': { attributes: { 'ng-version': { regex: '([\\d.]+)', version: '\\1' } } },
        },
      },
    ]);
    const matches = matchTechnologies(
      signals({
        meta: { generator: ['Gen 1.2'] },
        cookies: ['sess_abc'],
        js: { 'Lib.version': '3.4' },
        dom: { '[ng-version]': { exists: true, attributes: { 'ng-version': ['17.1.0'] } } },
      }),
      t,
    );
    expect(matches.map((m) => [m.name, m.version, m.evidence])).toEqual([
      ['Cookie', undefined, 'cookie sess_abc'],
      ['Dom', '17.1.0', 'selector [ng-version] ng-version="17.1.0" matches /([\\d.]+)/'],
      ['Global', '3.4', 'window.Lib.version = "3.4" matches /([\\d.]+)/'],
      ['Meta', '1.2', 'meta generator="Gen 1.2" matches /^Gen ([\\d.]+)/'],
    ]);
  });

  it('finds nothing on an empty page', () => {
    expect(matchTechnologies(signals(), fingerprintTable)).toEqual([]);
  });
});
