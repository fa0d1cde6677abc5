// The background asks a page only about selectors whose names occur in what
// the first pass gathered, and about global paths whose root the page has.

import { describe, expect, it } from 'vitest';
import type { FingerprintTable } from '../../../lib/extension/worker/techno/fingerprints';
import { planNeeds } from '../../../lib/extension/worker/techno/needs';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';

const table: FingerprintTable = {
  dataset: { source: 'test', license: 'GPL-3.0', sha256: '', technologies: 4 },
  categories: { '1': { name: 'CMS', priority: 1 } },
  technologies: [
    { name: 'Angular', cats: [1], dom: { '[ng-version]': { attributes: { 'ng-version': '' } } } },
    {
      name: 'WP',
      cats: [1],
      dom: { "link[rel=stylesheet][href*='/wp-content/']": { exists: '' } },
    },
    {
      name: 'Banner',
      cats: [1],
      dom: { '#hs-eu-cookie-confirmation, .cky-consent': { text: 'ok' } },
    },
    { name: 'Absent', cats: [1], dom: { 'div.widget-xyz:not(.ready)': { exists: '' } } },
    { name: 'jQuery', cats: [1], js: { 'jQuery.fn.jquery': [''], 'jQuery.migrateVersion': [''] } },
  ],
};

const first = (html: string) => ({ html, scriptSrc: [], links: [] });

describe('planNeeds', () => {
  it('asks about a selector only when all its names are on the page', () => {
    const needs = planNeeds(
      table,
      first(
        '<link rel="stylesheet" href="/wp-content/themes/a.css">' +
          '<div ng-version="17"></div><div class="cky-consent">',
      ),
    );
    expect(needs.dom).toEqual([
      { selector: '[ng-version]', attributes: ['ng-version'] },
      { selector: "link[rel=stylesheet][href*='/wp-content/']" },
      { selector: '#hs-eu-cookie-confirmation, .cky-consent', text: true },
    ]);
  });

  it('asks nothing of a page without those names', () => {
    expect(planNeeds(table, first('<p>hello</p>')).dom).toEqual([]);
  });

  it('asks for the global paths whose root the page defines', () => {
    expect(planNeeds(table, first(''), ['document', 'jQuery']).js).toEqual([
      'jQuery.fn.jquery',
      'jQuery.migrateVersion',
    ]);
  });

  it('keeps the second pass small on a real-size table', () => {
    const needs = planNeeds(
      fingerprintTable,
      first('<html><head><title>x</title></head><body><div class="main">Hi</div></body></html>'),
      ['window', 'document', 'jQuery'],
    );
    expect(needs.dom.length).toBeLessThan(50);
    expect(needs.js).toContain('jQuery.fn.jquery');
  });
});
