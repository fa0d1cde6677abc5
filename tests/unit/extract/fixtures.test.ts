// The specification of extraction: each saved page, its URL, and exactly
// what a person reads off it (tests/fixtures/fixtures.json: `expected`, plus
// `also` for what the shared entries leave out).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/node/extract-page.ts';
import { pageHintsSchema } from '../../../lib/core/hints/schema';
import {
  aboutTabUrl,
  fixtureDoc,
  fixtureHtml,
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

/** The project's shared fixtures, beside the repository on a developer's machine and in CI. */
const SHARED = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url));

describe('the shared fixtures', () => {
  const shared = (
    JSON.parse(readFileSync(`${SHARED}fixtures.json`, 'utf8')) as { pages: FixturePage[] }
  ).pages;

  it.each(shared.map((page) => [page.file, page] as const))(
    '%s is here unchanged, with its expectation unchanged',
    (file, page) => {
      const ours = fixturePages.find((p) => p.file === file);
      expect(ours?.url).toBe(page.url);
      expect(ours?.expected).toEqual(page.expected);
      expect(fixtureHtml(file) === readFileSync(`${SHARED}${file}`, 'utf8')).toBe(true);
    },
  );
});
