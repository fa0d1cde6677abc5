// Saved pages and what a person reads off them, from tests/fixtures/fixtures.json.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../../lib/cli/parse-html';
import type { CompanyHints, PageKind, PersonHints } from '../../../lib/extract/page-hints';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface FixturePage {
  file: string;
  url: string;
  from: string;
  expected: {
    kind: PageKind;
    company?: CompanyHints;
    person?: PersonHints;
    notes?: string;
  };
}

export const fixturePages: FixturePage[] = (
  JSON.parse(readFileSync(`${FIXTURES_DIR}fixtures.json`, 'utf8')) as { pages: FixturePage[] }
).pages;

export function fixtureHtml(file: string): string {
  return readFileSync(`${FIXTURES_DIR}${file}`, 'utf8');
}

const parsed = new Map<string, Document>();

/** The parsed fixture; parsed once per test file, since readers never mutate the DOM. */
export function fixtureDoc(file: string): Document {
  let doc = parsed.get(file);
  if (!doc) {
    doc = parseHtml(fixtureHtml(file));
    parsed.set(file, doc);
  }
  return doc;
}

/** The same LinkedIn company page seen on its /about/ tab. */
export function aboutTabUrl(url: string): string {
  const u = new URL(url);
  if (!/\/about\/?$/.test(u.pathname)) u.pathname = `${u.pathname.replace(/\/?$/, '/')}about/`;
  return u.href;
}
