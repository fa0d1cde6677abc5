// The gatherer reads generic signals from the worker's copy of a page within
// fixed caps and answers only the selectors it is asked about; the content
// script reads what only the live page has (cookie names, never values; the
// stylesheets' rules). What runs in the page must stay small and import no
// package.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { answerDom, gatherPageSignals } from '../../../lib/dom/techno/gather';
import { liveSignals } from '../../../lib/page/techno/live-signals';
import { markupSample, sampleSerialized } from '../../../lib/dom/techno/markup-sample';
import { pageMarkup } from '../../../lib/page/page-markup';
import { JSON_LD_LIMITS, MARKUP_LIMITS } from '../../../lib/core/hints/markup-limits';
import { readPage } from '../../../lib/dom/read/read-page';
import { SIGNAL_CAPS } from '../../../lib/core/hints/page-signals';

const URL_ = 'https://www.acme.com/blog/post';

describe('gatherPageSignals', () => {
  const doc = parseHtml(`<!doctype html><html><head>
    <meta name="Generator" content="WordPress 6.4">
    <meta property="og:site_name" content="Acme">
    <link rel="stylesheet" href="/wp-content/themes/acme/style.css">
    <script src="/wp-includes/js/jquery/jquery.min.js"></script>
    <script src="data:text/javascript,1"></script>
    <script>var _hsq = window._hsq || [];</script>
  </head><body><div id="app" data-v="1">Hello</div></body></html>`);
  const signals = gatherPageSignals(doc, URL_);

  it('reads script URLs (absolute), inline code, meta, links', () => {
    expect(signals.scriptSrc).toEqual(['https://www.acme.com/wp-includes/js/jquery/jquery.min.js']);
    expect(signals.scripts).toEqual(['var _hsq = window._hsq || [];']);
    expect(signals.meta).toEqual({ generator: ['WordPress 6.4'], 'og:site_name': ['Acme'] });
    expect(signals.links).toEqual(['https://www.acme.com/wp-content/themes/acme/style.css']);
    expect(signals.html).toContain('<div id="app" data-v="1">Hello</div>');
    expect(signals.dom).toEqual({});
    expect(signals.js).toEqual({});
  });

  it('keeps cookie names and drops their values', () => {
    const { cookies } = liveSignals(
      Object.assign(Object.create(doc) as Document, { cookie: '_ga=GA1.2.secret; sid=abc' }),
    );
    expect(cookies).toEqual(['_ga', 'sid']);
    expect(JSON.stringify(cookies)).not.toContain('secret');
    // The copy's own cookies would be the extension's: only the page's are taken.
    expect(gatherPageSignals(doc, URL_, { cookies }).cookies).toEqual(['_ga', 'sid']);
  });

  it('survives a document whose cookie getter throws', () => {
    const hostile = Object.create(doc) as Document;
    Object.defineProperty(hostile, 'cookie', {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(liveSignals(hostile).cookies).toEqual([]);
  });
});

describe('caps', () => {
  it('caps script URLs, inline code, meta, links and cookies', () => {
    const many = (n: number, f: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => f(i)).join('');
    const doc = parseHtml(
      `<html><head>${many(300, (i) => `<script src="/s${i}.js"></script>`)}` +
        `${many(40, (i) => `<script>${String(i).repeat(60 * 1024)}</script>`)}` +
        `${many(300, (i) => `<meta name="m${i}" content="${'x'.repeat(5000)}">`)}` +
        `${many(10, () => '<meta name="same" content="v">')}` +
        `${many(300, (i) => `<link rel="preload" href="/l${i}.css">`)}</head><body></body></html>`,
    );
    const cookieDoc = Object.assign(Object.create(doc) as Document, {
      cookie: many(300, (i) => `c${i}=v; `),
    });
    const s = gatherPageSignals(doc, URL_, liveSignals(cookieDoc));
    expect(s.scriptSrc).toHaveLength(SIGNAL_CAPS.scriptSrc);
    expect(s.scripts.join('').length).toBeLessThanOrEqual(SIGNAL_CAPS.scriptsTotal);
    expect(Math.max(...s.scripts.map((x) => x.length))).toBeLessThanOrEqual(SIGNAL_CAPS.scriptOne);
    expect(Object.keys(s.meta).length).toBeLessThanOrEqual(SIGNAL_CAPS.metaNames);
    expect(s.meta.m0?.[0]).toHaveLength(SIGNAL_CAPS.value);
    expect(s.links).toHaveLength(SIGNAL_CAPS.links);
    expect(s.cookies).toHaveLength(SIGNAL_CAPS.cookies);
    expect(s.html.length).toBeLessThanOrEqual(SIGNAL_CAPS.htmlHead + SIGNAL_CAPS.htmlTail + 1);
  });

  it('samples a long page from both ends, long values cut first', () => {
    const doc = parseHtml(
      `<html><head><meta name="a" content="${'j'.repeat(700_000)}"></head><body>` +
        `<div class="early"></div>${'<p>filler text</p>'.repeat(40_000)}<footer class="late"></footer></body></html>`,
    );
    const sample = markupSample(doc);
    expect(sample.length).toBeLessThanOrEqual(SIGNAL_CAPS.htmlHead + SIGNAL_CAPS.htmlTail + 1);
    expect(sample).toContain('<div class="early">'); // would sit at 700 KB uncut
    expect(sample).toContain('<footer class="late">');
    expect(sample.endsWith('</footer></body></html>')).toBe(true);
    expect(sample).not.toContain('j'.repeat(SIGNAL_CAPS.htmlRun + 1));
  });

  it('walks a page of many small elements only up to its node caps, then from the end', () => {
    const doc = parseHtml(
      `<html><head></head><body><div class="early"></div>${'<i></i>'.repeat(60_000)}` +
        `<footer class="late"></footer></body></html>`,
    );
    // linkedom's document has no navigation entry: the content script walks it.
    const markup = pageMarkup(doc);
    expect(markup).toContain('<div class="early">');
    expect(markup).toContain('<footer class="late">');
    // 60,000 elements would be 420,000 characters; the caps keep far fewer.
    expect(markup.split('<i>').length - 1).toBeLessThan(
      (MARKUP_LIMITS.headNodes + MARKUP_LIMITS.tailNodes) * 1.25,
    );
  });

  it('keeps JSON-LD as the reader takes it when it walks a page', () => {
    const block = (value: unknown) =>
      `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
    const dump = block({ '@type': 'Thing', name: 'x'.repeat(JSON_LD_LIMITS.blockChars) });
    const organization = block({ '@type': 'Organization', name: 'Acme Robotics', url: URL_ });
    const doc = parseHtml(
      `<html><head>${dump.repeat(8)}${organization}</head><body>` +
        `${'<i></i>'.repeat(30_000)}<footer>Acme</footer></body></html>`,
    );
    const markup = pageMarkup(doc);
    // The reader skips a block past its cap: the walk leaves it empty, and the
    // Organization after eight of them is still within its total.
    expect(markup.length).toBeLessThan(500_000);
    expect(markup).toContain('Acme Robotics');
    expect(readPage(parseHtml(markup), URL_).company?.name?.value).toBe('Acme Robotics');
  });

  it('keeps the comments a page holds outside its root element', () => {
    const doc = parseHtml(
      '<!-- before --><html><head></head><body><p>x</p></body></html><!-- Performance optimized by WP Rocket -->',
    );
    expect(markupSample(doc)).toContain('<!-- Performance optimized by WP Rocket -->');
    expect(pageMarkup(doc)).toContain('<!-- Performance optimized by WP Rocket -->');
    expect(pageMarkup(doc).startsWith('<!-- before -->')).toBe(true);
  });

  it('cuts long values first when the browser has serialized a long page', () => {
    const html =
      `<head><meta name="a" content="${'j'.repeat(700_000)}"></head><body>` +
      `<div class="early"></div>${'<p>filler text</p>'.repeat(40_000)}<footer class="late"></footer></body>`;
    const sample = sampleSerialized(html);
    expect(sample.length).toBeLessThanOrEqual(SIGNAL_CAPS.htmlHead + SIGNAL_CAPS.htmlTail + 1);
    expect(sample).toContain('<div class="early">');
    expect(sample).toContain('<footer class="late">');
    expect(sampleSerialized('<p>short</p>')).toBe('<p>short</p>');
  });

  it('writes a short page as the browser serializes it', () => {
    const doc = parseHtml(
      '<html lang="en"><head><script>if (a < b && c) go()</script></head>' +
        '<body><!-- built by Acme --><p class="x" title="say &quot;hi&quot;">a &amp; b<br>c</p></body></html>',
    );
    expect(pageMarkup(doc)).toBe(doc.documentElement.outerHTML);
    expect(markupSample(doc)).toBe(doc.documentElement.outerHTML);
  });
});

describe('answerDom', () => {
  const doc = parseHtml(
    `<html><body><div ng-version="17.1.0"></div>` +
      `${'<a class="buy" href="https://amzn.to/x">Buy</a>'.repeat(30)}<p>  Powered by Acme  </p></body></html>`,
  );

  it('answers only matching selectors, with the asked text and attributes of the first nodes', () => {
    const answers = answerDom(doc, [
      { selector: '[ng-version]', attributes: ['ng-version'] },
      { selector: 'a.buy', attributes: ['href', 'data-missing'] },
      { selector: 'p', text: true },
      { selector: '#absent' },
      { selector: 'div[' }, // invalid: skipped, not thrown
    ]);
    expect(answers['[ng-version]']).toEqual({
      exists: true,
      attributes: { 'ng-version': ['17.1.0'] },
    });
    expect(answers['a.buy']?.attributes?.href).toHaveLength(SIGNAL_CAPS.domNodes);
    expect(answers['a.buy']?.attributes?.['data-missing']).toBeUndefined();
    expect(answers.p).toEqual({ exists: true, text: ['Powered by Acme'] });
    expect(Object.keys(answers).sort()).toEqual(['[ng-version]', 'a.buy', 'p']);
  });

  it('answers at most the capped number of selectors', () => {
    const needs = Array.from({ length: 600 }, (_, i) => ({ selector: `p, #id${i}` }));
    expect(Object.keys(answerDom(doc, needs, () => 0))).toHaveLength(SIGNAL_CAPS.domSelectors);
  });

  it('stops asking selectors once its time budget is spent', () => {
    const needs = Array.from({ length: 100 }, (_, i) => ({ selector: `p, #id${i}` }));
    let clock = 0;
    // Each selector "takes" 10 ms.
    const answers = answerDom(doc, needs, () => (clock += 10));
    expect(Object.keys(answers)).toHaveLength(SIGNAL_CAPS.domBudgetMs / 10);
  });
});

describe('the in-page modules', () => {
  it.each([
    'dom/techno/markup-sample.ts',
    'page/page-markup.ts',
    'page/techno/live-signals.ts',
    'page/techno/added-tags.ts',
    'page/techno/style-rules.ts',
    'page/techno/probe-globals.ts',
    'core/hints/page-signals.ts',
  ])('%s imports no package and nothing but the other in-page modules', (file) => {
    const source = readFileSync(new URL(`../../../lib/${file}`, import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(
      imports.every((i) =>
        [
          '../../core/hints/page-signals',
          '../../core/values/text',
          '../../core/values/url',
          '../core/hints/markup-limits',
          '../../core/hints/markup-limits',
          '../dom/techno/markup-sample',
          './markup-sample',
          './style-rules',
        ].includes(i!),
      ),
    ).toBe(true);
  });

  it.each([
    ['page/page-markup.ts', 1792],
    ['page/techno/live-signals.ts', 768],
    ['page/techno/probe-globals.ts', 1024],
  ])('%s bundles to under %i bytes gzipped', async (file, max) => {
    const result = await build({
      entryPoints: [new URL(`../../../lib/${file}`, import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    expect(code.length).toBeGreaterThan(0);
    expect(gzipSync(code).length).toBeLessThan(max);
  });
});
