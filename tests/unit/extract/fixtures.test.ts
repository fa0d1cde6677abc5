// The specification of extraction: each saved page, its URL, and exactly
// what a person reads off it (tests/fixtures/fixtures.json: `expected`, plus
// `also` for what the shared entries leave out).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/node/extract-page.ts';
import { pageHintsSchema } from '../../../lib/core/hints/schema';
import {
  FIXTURES_DIR,
  aboutTabUrl,
  fixtureDoc,
  fixturePages,
  statedFields,
  type FixturePage,
} from './fixture-pages';

interface Row extends FixturePage {
  label: string;
}

const rows: Row[] = fixturePages.flatMap((page) => {
  const row = { ...page, label: `${page.file} at ${page.url}` };
  if (page.expected.kind !== 'linkedin-company' || /\/about\/?$/.test(page.url)) return [row];
  // The about tab of the same company page must read the same.
  const about = aboutTabUrl(page.url);
  return [row, { ...page, url: about, label: `${page.file} at ${about}` }];
});

describe('extractPage on saved pages', () => {
  it.each(rows)('$label', (page) => {
    const { file, url, expected } = page;
    const stated = statedFields(page);
    const hints = extractPage(fixtureDoc(file), url);

    expect(hints.url).toBe(url);
    expect(hints.kind).toBe(expected.kind);
    expect(hints.company).toEqual(stated.company);
    expect(hints.person).toEqual(stated.person);
    expect(hints.signals.map(({ type, detail }) => ({ type, detail }))).toEqual(stated.signals);

    // Every field and every signal says where it was read.
    const fields = [
      ...Object.keys(hints.company ?? {}).map((k) => `company.${k}`),
      ...Object.keys(hints.person ?? {}).map((k) => `person.${k}`),
    ];
    for (const field of ['kind', ...fields]) expect(hints.evidence[field], field).toMatch(/\S/);
    expect(Object.keys(hints.evidence).sort()).toEqual(['kind', ...fields].sort());
    for (const signal of hints.signals) expect(signal.evidence, signal.detail).toMatch(/\S/);

    expect(pageHintsSchema.safeParse(hints).success).toBe(true);
  });
});

const CORPUS = `${FIXTURES_DIR}corpus/`;

describe('the corpus', () => {
  const corpus = (
    JSON.parse(readFileSync(`${CORPUS}corpus.json`, 'utf8')) as {
      pages: { file: string; sha256: string }[];
    }
  ).pages;

  it.each(corpus.map((page) => [page.file, page.sha256] as const))(
    '%s is the byte-for-byte copy corpus.json describes',
    (file, sha256) => {
      const hash = createHash('sha256')
        .update(readFileSync(`${CORPUS}${file}`))
        .digest('hex');
      expect(hash).toBe(sha256);
    },
  );
});
