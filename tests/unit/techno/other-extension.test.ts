// Another extension's injected script is never the site's (hand-made test page).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { gatherPageSignals } from '../../../lib/dom/techno/gather';
import { matchTechnologies } from '../../../lib/extension/worker/techno/match';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';

const page = readFileSync(new URL('./pages/other-extension.html', import.meta.url), 'utf8');

describe("another extension's injected script (hand-made page)", () => {
  const signals = gatherPageSignals(parseHtml(page), 'https://www.acme.example/');
  const names = matchTechnologies(signals, fingerprintTable).map((m) => m.name);

  it('keeps only the site’s own scripts', () => {
    expect(signals.scriptSrc).toEqual(['https://www.acme.example/js/jquery-3.6.0.min.js']);
  });

  it('reports jQuery, never React', () => {
    expect(names).toContain('jQuery');
    expect(names).not.toContain('React');
  });
});
