// The corpus (tests/fixtures/corpus): real pages no one here wrote, each with
// what a person reads off it. Every page gets its kind right and no value the
// page contradicts or does not state; a field left unread is allowed (unknown
// beats wrong) and counted by `npm run --silent accuracy`.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/node/extract-page.ts';
import { pageHintsSchema } from '../../../lib/core/hints/schema';
import { parseHtml } from '../../../lib/node/parse-html';
import { compareCorpus, type CorpusEntry } from '../../reference/accuracy-report';
import { FIXTURES_DIR } from './fixture-pages';

const CORPUS = `${FIXTURES_DIR}corpus/`;
const pages = (JSON.parse(readFileSync(`${CORPUS}corpus.json`, 'utf8')) as { pages: CorpusEntry[] })
  .pages;

describe('extractPage on the corpus', () => {
  it.each(pages.map((page) => [`${page.file} (${page.kind})`, page] as const))('%s', (_, page) => {
    const hints = extractPage(parseHtml(readFileSync(`${CORPUS}${page.file}`, 'utf8')), page.url);
    expect(hints.kind).toBe(page.kind);
    const bad = compareCorpus(page, hints).filter(
      (r) => r.outcome === 'wrong' || r.outcome === 'unlisted',
    );
    expect(bad).toEqual([]);
    if (page.kind === 'other') expect(hints.company).toBeUndefined();
    for (const field of Object.keys(hints.company ?? {})) {
      expect(hints.evidence[`company.${field}`], field).toMatch(/\S/);
    }
    expect(pageHintsSchema.safeParse(hints).success).toBe(true);
  });

  it('reads at least the names, domains and kinds of every organisation site', () => {
    const results = pages.flatMap((page) =>
      compareCorpus(
        page,
        extractPage(parseHtml(readFileSync(`${CORPUS}${page.file}`, 'utf8')), page.url),
      ),
    );
    for (const field of ['kind', 'company.name', 'company.domain']) {
      const missing = results.filter((r) => r.field === field && r.outcome !== 'correct');
      expect(
        missing.map((r) => r.file),
        field,
      ).toEqual([]);
    }
  });
});
