// Embeds by iframe src and vendors started by inline loaders are seen;
// commented-out tags and text that merely names a product are not
// (hand-made test page).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { gatherPageSignals } from '../../../lib/dom/techno/gather';
import { matchTechnologies } from '../../../lib/extension/worker/techno/match';
import { withoutComments } from '../../../lib/extension/worker/techno/inert';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';

const page = readFileSync(new URL('./pages/embeds-and-loaders.html', import.meta.url), 'utf8');

describe('embeds and inline loaders (hand-made page)', () => {
  const signals = gatherPageSignals(parseHtml(page), 'https://www.acme.example/');
  const matches = matchTechnologies(signals, fingerprintTable);
  const byName = new Map(matches.map((m) => [m.name, m]));

  it('gathers iframe sources', () => {
    expect(signals.iframeSrc).toEqual([
      'https://share.hsforms.com/1abcDEF',
      'https://calendly.com/acme/intro',
      'https://acme.typeform.com/to/AbCdEf',
    ]);
  });

  it('finds embedded forms and schedulers by their frames', () => {
    const frames: [string, string][] = [
      ['HubSpot', 'its form is embedded (iframe from share.hsforms.com)'],
      ['Calendly', 'its scheduler is embedded (iframe from calendly.com)'],
      ['Typeform', 'its form is embedded (iframe from acme.typeform.com)'],
    ];
    for (const [name, words] of frames) expect(byName.get(name)?.reason, name).toBe(words);
  });

  it('finds vendors started by inline loaders', () => {
    for (const name of ['Segment', 'Demandbase', 'Leadfeeder']) {
      expect(byName.get(name)?.reason, name).toMatch(/^an inline script loads it \(/);
    }
  });

  it('never reports commented-out tags or products merely named in text', () => {
    for (const name of ['Intercom', 'Drift', 'Google Analytics']) {
      expect(byName.has(name), name).toBe(false);
    }
  });
});

describe('withoutComments', () => {
  it('drops comments but keeps URLs', () => {
    expect(withoutComments("a('https://x.com/y'); // b('https://z.com')\n/* c */d")).toBe(
      "a('https://x.com/y'); \n d",
    );
  });
});
