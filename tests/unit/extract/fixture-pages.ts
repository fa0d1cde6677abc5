// Saved pages and what a person reads off them, from tests/fixtures/fixtures.json.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../../lib/node/parse-html';
import type {
  CompanyHints,
  PageKind,
  PersonHints,
  SignalHint,
} from '../../../lib/core/hints/page-hints';

/** A signal as a fixture states it: its evidence is checked for presence, not wording. */
export type ExpectedSignal = Pick<SignalHint, 'type' | 'detail'>;

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface FixturePage {
  file: string;
  url: string;
  from: string;
  expected: {
    kind: PageKind;
    company?: CompanyHints;
    person?: PersonHints;
    signals?: ExpectedSignal[];
    notes?: string;
  };
  /** More that the page states than a shared entry's `expected` lists. */
  also?: {
    company?: CompanyHints;
    person?: PersonHints;
    signals?: ExpectedSignal[];
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
  u.pathname = u.pathname.replace(/^(\/company\/[^/]+)(?:\/.*)?$/, '$1/about/');
  return u.href;
}

/** Everything the entry says the page states: `expected` with `also` merged in. */
export function statedFields(page: FixturePage): {
  company?: CompanyHints;
  person?: PersonHints;
  signals: ExpectedSignal[];
} {
  const { company, person, signals } = page.expected;
  return {
    ...(company || page.also?.company ? { company: { ...company, ...page.also?.company } } : {}),
    ...(person || page.also?.person ? { person: { ...person, ...page.also?.person } } : {}),
    signals: [...(signals ?? []), ...(page.also?.signals ?? [])],
  };
}
