// Never a false hit: what is on a page but does not run there is not the
// site's stack (hand-made page; see its comment for what it holds).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { matchTechnologies } from '../../../lib/extension/worker/techno/match';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';
import { gatherBothPasses } from '../../reference/techno/compare';
import { signals } from './signals';

const page = readFileSync(new URL('./pages/not-running.html', import.meta.url), 'utf8');
const names = (s: Parameters<typeof matchTechnologies>[0]) =>
  matchTechnologies(s, fingerprintTable).map((m) => m.name);

describe('a page whose tags do not run (hand-made page)', () => {
  const gathered = gatherBothPasses(parseHtml(page), 'https://blog.acme.example/ghost');

  it('holds the tags, so the test could fail', () => {
    expect(gathered.html).toContain('static.hotjar.com/c/hotjar-123456.js');
    expect(gathered.html).toContain('/wp-content/themes/old/style.css');
    expect(gathered.scripts.join('\n')).toContain('widget.intercom.io/widget/abc123');
    expect(gathered.scripts.join('\n')).toContain("gtag('config', 'G-OLD123')");
  });

  it('reports nothing at all, even with the second pass answered', () => {
    expect(names(gathered)).toEqual([]);
  });
});

describe('each way a tag can be present and not running', () => {
  it('a tag in an html comment', () => {
    const html =
      '<html><head><!-- <link rel="stylesheet" href="/wp-content/x.css"> --></head></html>';
    expect(names(signals({ html }))).toEqual([]);
    // The same tag uncommented is WordPress.
    expect(names(signals({ html: html.replace('<!--', '').replace('-->', '') }))).toContain(
      'WordPress',
    );
  });

  it('a loader in a code comment or behind if (false)', () => {
    const code = "s.src='https://www.googletagmanager.com/gtag/js?id=G-ABC123';";
    expect(names(signals({ scripts: [`// ${code}`] }))).toEqual([]);
    expect(names(signals({ scripts: [`if (false) { ${code} }`] }))).toEqual([]);
    expect(names(signals({ scripts: [`if (true) { ${code} }`] }))).toContain('Google Analytics');
  });

  it('a vendor config switched off', () => {
    const on = "window.intercomSettings = { app_id: 'abc' };";
    expect(names(signals({ scripts: [on] }))).toContain('Intercom');
    expect(names(signals({ scripts: [on.replace('}', ', enabled: false }')] }))).toEqual([]);
    expect(
      names(
        signals({
          scripts: [
            '{"intercom": {"enabled": false, "src": "https://widget.intercom.io/widget/abc"}}',
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      names(
        signals({ scripts: ['{"intercom": {"src": "https://widget.intercom.io/widget/abc"}}'] }),
      ),
    ).toContain('Intercom');
  });

  it('markup another browser extension injected', () => {
    const html =
      '<html><head><link rel="stylesheet" href="chrome-extension://abc/wp-content/x.css"></head></html>';
    expect(names(signals({ html }))).toEqual([]);
  });
});
