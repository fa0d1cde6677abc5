// The families the dataset alone misses or that need more than script URLs:
// self-hosted and inline-loaded agents, embeds, text, css (hand-made page).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { gatherPageSignals } from '../../../lib/dom/techno/gather';
import { matchTechnologies } from '../../../lib/extension/worker/techno/match';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';
import { signals } from './signals';

const page = readFileSync(new URL('./pages/seen-more.html', import.meta.url), 'utf8');
const names = (s: Parameters<typeof matchTechnologies>[0]) =>
  matchTechnologies(s, fingerprintTable).map((m) => m.name);

describe('what a person reads off a page (hand-made page)', () => {
  const found = matchTechnologies(
    gatherPageSignals(parseHtml(page), 'https://shop.acme.example/'),
    fingerprintTable,
  );
  const byName = new Map(found.map((m) => [m.name, m]));

  it('finds self-hosted and inline-loaded agents, with the snippet as evidence', () => {
    for (const name of ['New Relic', 'Raygun', 'HubSpot', 'Google Analytics', 'Segment']) {
      expect(byName.get(name)?.reason, name).toMatch(/^an inline script loads it \(“.+”\)$/);
      expect(byName.get(name)?.evidence, name).toMatch(/^inline script ".+" matches \/.+\/$/);
    }
  });

  it('says an embedded chat widget is embedded, and from where', () => {
    expect(byName.get('Intercom')?.reason).toBe(
      'its chat widget is embedded (iframe from intercom-sheets.com)',
    );
  });

  it('reads a shop’s carriers and a CMS credit off its text', () => {
    expect(byName.get('DHL')?.reason).toBe('the shop’s text names “DHL” next to “deliver”');
    expect(byName.has('Royal Mail')).toBe(true);
    expect(byName.get('Elcom')?.reason).toBe('the page’s text names “Web CMS by Elcom”');
  });

  it('reads css patterns off the page’s own styles', () => {
    expect(byName.get('Tailwind CSS')?.reason).toBe('its styles use “--tw-translate”');
  });
});

describe('inline loaders one by one', () => {
  const inline = (code: string) => names(signals({ scripts: [code] }));

  it.each([
    ['Intercom', "window.intercomSettings = { app_id: 'abc' };"],
    ['Intercom', "Intercom('boot', { app_id: 'abc' });"],
    ['HubSpot', 'var _hsq = window._hsq = window._hsq || [];'],
    ['Segment', "analytics.SNIPPET_VERSION = '4.15.3'; analytics.load('KEY');"],
    [
      'Google Analytics',
      "(window,document,'script','https://www.google-analytics.com/analytics.js','ga');",
    ],
    ['Google Analytics', "s.src='https://www.googletagmanager.com/gtag/js?id=G-ABC123';"],
    ['New Relic', ';NREUM.init={privacy:{cookies_enabled:true}};'],
    ['Raygun', "rg4js('apiKey', 'key');"],
  ])('%s from %s', (name, code) => {
    expect(inline(code)).toContain(name);
  });

  it('is not fooled by look-alikes', () => {
    expect(inline('var hsq = [];')).not.toContain('HubSpot');
    expect(inline("analytics.track('x');")).not.toContain('Segment');
    expect(inline('var newrelic_off = true;')).not.toContain('New Relic');
  });
});

describe('carriers named in a shop’s text', () => {
  const shop = (text: string) =>
    names(
      signals({
        scriptSrc: ['https://cdn.shopify.com/s/files/1/theme.js'],
        html: `<html><head></head><body><p>${text}</p></body></html>`,
      }),
    );

  it('count only next to a word about shipping', () => {
    expect(shop('Versand mit DHL, Lieferung in 2 Tagen')).toContain('DHL');
    expect(shop('配送はヤマトまたはUPSでお届けします')).toContain('UPS');
    // Sanwa sells uninterruptible power supplies: "UPS" is a product here.
    expect(shop('UPS（無停電電源装置） 1500VA, 8 outlets, LCD panel')).not.toContain('UPS');
  });

  it('never on a page that is not a shop', () => {
    expect(names(signals({ html: '<body><p>We ship with DHL.</p></body>' }))).not.toContain('DHL');
  });
});
