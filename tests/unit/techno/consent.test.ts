// Tags held back by a consent manager are the site's, but run only after the
// visitor agrees: reported as such, never as running (hand-made test page).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { gatherPageSignals } from '../../../lib/dom/techno/gather';
import { matchTechnologies } from '../../../lib/extension/worker/techno/match';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';
import { pageSignalsSchema } from '../../../lib/core/hints/signals-schema';

const page = readFileSync(new URL('./pages/consent-managed.html', import.meta.url), 'utf8');
const URL_ = 'https://www.consent-test.example/';

describe('consent-managed tags (hand-made page)', () => {
  const signals = gatherPageSignals(parseHtml(page), URL_);
  const matches = matchTechnologies(signals, fingerprintTable);
  const byName = new Map(matches.map((m) => [m.name, m]));

  it('gathers held tags apart from running ones', () => {
    expect(signals.consentScriptSrc).toEqual([
      'https://static.hotjar.com/c/hotjar-123456.js?sv=6',
      'https://connect.facebook.net/en_US/fbevents.js',
      'https://snap.licdn.com/li.lms-analytics/insight.min.js',
      'https://js.hs-scripts.com/123456.js',
    ]);
    expect(signals.consentScripts).toEqual(['var _hsq = (window._hsq = window._hsq || []);']);
    expect(signals.scriptSrc).toEqual([
      'https://www.googletagmanager.com/gtm.js?id=GTM-ABC123',
      'https://cdn.example.org/notes.txt',
    ]);
    expect(pageSignalsSchema().safeParse(signals).success).toBe(true);
  });

  it('reports each held vendor as present after consent, with that evidence', () => {
    for (const name of ['Hotjar', 'Facebook Pixel', 'Linkedin Insight Tag', 'HubSpot']) {
      const m = byName.get(name);
      expect(m, name).toBeDefined();
      expect(m?.afterConsent, name).toBe(true);
      expect(m?.reason, name).toMatch(
        /^held back by the consent manager, runs after consent \(.+\)$/,
      );
      expect(m?.evidence, name).toContain('held for consent');
    }
  });

  it('reports a running tag as running', () => {
    const gtm = byName.get('Google Tag Manager');
    expect(gtm).toBeDefined();
    expect(gtm?.afterConsent).toBeUndefined();
    expect(gtm?.reason).toBe('a script is loaded from www.googletagmanager.com');
  });
});
