// Evidence in words: what a rep reads in the panel, with the regex kept apart.

import { describe, expect, it } from 'vitest';
import { loadedFileWords } from '../../../lib/extension/worker/techno/evidence-words';
import { matchTechnologies } from '../../../lib/extension/worker/techno/match';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';
import { signals } from './signals';

describe('evidence in words (the real table)', () => {
  it('says WordPress files under /wp-content/ are loaded, and keeps the regex apart', () => {
    const matches = matchTechnologies(
      signals({ scriptSrc: ['https://example.com/wp-content/themes/acme/app.js'] }),
      fingerprintTable,
    );
    const wp = matches.find((m) => m.name === 'WordPress');
    expect(wp?.reason).toBe('its files under /wp-content/ are loaded');
    expect(wp?.evidence).toMatch(/ matches \/.+\/$/);
    expect(wp?.reason).not.toContain('(?:');
    expect(matches.find((m) => m.name === 'PHP')?.reason).toBe('comes with WordPress');
  });

  it('names the host a vendor script comes from, a global and a meta tag in words', () => {
    const matches = matchTechnologies(
      signals({
        scriptSrc: ['https://js.hs-scripts.com/123456.js'],
        js: { _hsq: true },
        meta: { generator: ['WordPress 6.4.2'] },
      }),
      fingerprintTable,
    );
    const byName = new Map(matches.map((m) => [m.name, m.reason]));
    expect(byName.get('HubSpot')).toBe('a script is loaded from js.hs-scripts.com');
    expect(byName.get('WordPress')).toBe('the page’s generator meta tag says “WordPress 6.4.2”');
    for (const m of matches) expect(m.reason, m.name).not.toMatch(/\\[.dws]|\(\?:/);
  });
});

describe('loadedFileWords', () => {
  it('tells a host match, a directory match and a file match apart', () => {
    expect(
      loadedFileWords(
        'https://cdn.segment.com/analytics.js/v1/x/analytics.min.js',
        'cdn.segment.com',
      ),
    ).toBe('a script is loaded from cdn.segment.com');
    expect(loadedFileWords('https://acme.com/_next/static/chunks/main.js', '/_next/static/')).toBe(
      'its files under /_next/static/ are loaded',
    );
    expect(loadedFileWords('https://acme.com/js/jquery-3.6.0.min.js', 'jquery-3.6.0.min.js')).toBe(
      'its script jquery-3.6.0.min.js is loaded from acme.com',
    );
  });
});
