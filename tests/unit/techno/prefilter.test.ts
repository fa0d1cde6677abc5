// The literal prefilter may skip a pattern only when it cannot match: checked
// against every text pattern of the dataset on the fixture pages' texts.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { requiredLiterals } from '../../../lib/extension/worker/techno/literal';
import { regexFor, toPattern } from '../../../lib/extension/worker/techno/patterns';
import { loadFixturePages } from '../../reference/techno/compare';
import { fingerprintTable } from '../../../lib/extension/worker/techno/table';
import { TextIndex } from '../../../lib/extension/worker/techno/text-index';

describe('requiredLiterals', () => {
  it.each([
    ['\\.hs-scripts\\.com/', ['.hs-scripts.com/']],
    ['google-analytics\\.com/(?:ga|urchin|analytics)\\.js', ['google-analytics.com/']],
    ['/jquery(?:-(\\d+\\.\\d+\\.\\d+))[/.-]', ['/jquery']],
    ['(?:cas\\.criteo\\.com|criteo\\.net)', ['cas.criteo.com', 'criteo.net']],
    ['ab{1,250}cdef', ['cdef']],
    ['https?://Foo\\.bar', ['://foo.bar']],
    ['abc|de', undefined], // one branch has no 3-character literal
    ['x(?!abcdef)y', undefined], // lookarounds add nothing
    ['(?:abcd)?ef', undefined], // an optional group adds nothing
    ['[abc]{3}\\d+', undefined],
  ])('%s', (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals);
  });
});

describe('TextIndex on the dataset and the fixture pages', () => {
  const pages = loadFixturePages(new URL('../../fixtures', import.meta.url).pathname).map((p) => {
    const doc = parseHtml(p.html);
    const scripts = Array.from(doc.querySelectorAll('script'));
    return {
      url: p.url,
      html: doc.documentElement.outerHTML,
      inline: scripts.map((s) => (s.getAttribute('src') ? '' : (s.textContent ?? ''))).join('\n'),
      srcs: scripts.map((s) => s.getAttribute('src') ?? '').filter(Boolean),
    };
  });

  it.each(['html', 'scripts', 'scriptSrc', 'url'] as const)(
    'never skips a %s pattern that matches',
    (field) => {
      const items = fingerprintTable.technologies.flatMap((t) =>
        (t[field] ?? []).map((s) => {
          const { source } = toPattern(s);
          return { item: source, source };
        }),
      );
      const index = new TextIndex(items);
      const texts = pages.flatMap((p) =>
        field === 'html'
          ? [p.html]
          : field === 'scripts'
            ? [p.inline]
            : field === 'url'
              ? [p.url]
              : p.srcs,
      );
      let matched = 0;
      for (const text of texts) {
        const candidates = new Set(index.candidates(text));
        const missed = items.filter(
          ({ source }) => regexFor(source).test(text) && !candidates.has(source),
        );
        matched += items.filter(({ source }) => candidates.has(source)).length;
        expect(missed.map((m) => m.source)).toEqual([]);
      }
      expect(matched).toBeGreaterThan(0);
    },
    60_000,
  );
});
