// The real LinkedIn profiles of the corpus (tests/fixtures/corpus/, copied
// unchanged from ../shared/fixtures/corpus; sources and licences in its
// README): name, headline, location, country and industry as the profile
// states them. `null` in corpus.json means the page does not state it, so
// nothing may be read.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/node/extract-page.ts';
import { parseHtml } from '../../../lib/node/parse-html';
import { pageHintsSchema } from '../../../lib/core/hints/schema';

const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

interface CorpusPage {
  file: string;
  url: string;
  kind: string;
  expected: Record<string, string | number | null>;
}

const profiles = (
  JSON.parse(readFileSync(`${CORPUS_DIR}corpus.json`, 'utf8')) as { pages: CorpusPage[] }
).pages.filter((page) => page.kind === 'linkedin-person');

describe('corpus LinkedIn profiles', () => {
  it('holds the six profiles', () => {
    expect(profiles).toHaveLength(6);
  });

  it.each(profiles)('$file', ({ file, url, expected }) => {
    const hints = extractPage(parseHtml(readFileSync(`${CORPUS_DIR}${file}`, 'utf8')), url);
    expect(pageHintsSchema.safeParse(hints).success).toBe(true);
    expect(hints.kind).toBe('linkedin-person');
    expect(hints.company).toBeUndefined();
    const person = hints.person ?? {};
    expect({
      name: person.name ?? null,
      headline: person.headline ?? null,
      location: person.location ?? null,
      country: person.country ?? null,
      industry: person.industry ?? null,
    }).toEqual({
      name: expected['name'],
      headline: expected['headline'],
      location: expected['location'],
      country: expected['country'],
      industry: expected['industry'],
    });
  });
});
