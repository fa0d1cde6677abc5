// Real pages, mutated the way sites change under us: elements deleted,
// duplicated or moved, classes renamed, attributes reordered. Extraction
// never throws and always yields what the background's schemas accept; and
// since it reads by meaning first, renamed classes and reordered attributes
// can cost a value but never change one.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { normalizePage, readPage } from '../../../lib/node/extract-page.ts';
import type { PageHints } from '../../../lib/core/hints/page-hints';
import { pageHintsSchema, rawPageSchema } from '../../../lib/core/hints/schema';
import { fixtureHtml, fixturePages } from './fixture-pages';

interface Page {
  file: string;
  url: string;
  html: string;
}

const pages: Page[] = fixturePages.map((p) => ({ ...p, html: fixtureHtml(p.file) }));
/** Pages up to ~100 KB get many runs; the megabyte-sized ones a few, to keep the suite fast. */
const small = pages.filter((p) => p.html.length < 120_000);
const large = pages.filter((p) => p.html.length >= 120_000);

type Mutation =
  | { op: 'delete' | 'duplicate' | 'rename-class' | 'shuffle-attributes'; at: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'insert-text'; at: number; text: string };

const text = fc.constantFrom(
  'We’re hiring',
  'Acme raised a $40M Series B',
  'Industry',
  'Company size',
  '10,001+ employees',
  'Durham, NC 27701',
  '\u0000',
  'x'.repeat(5000),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom(
      'delete',
      'duplicate',
      'rename-class',
      'shuffle-attributes',
    ) as fc.Arbitrary<'delete' | 'duplicate' | 'rename-class' | 'shuffle-attributes'>,
    at: fc.nat(),
  }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('insert-text' as const), at: fc.nat(), text }),
);

/** Applies the mutations to a freshly parsed copy of the page. */
function mutate(html: string, mutations: readonly Mutation[], seed: number): Document {
  const doc = parseHtml(html);
  // Listed once: an element a mutation detached stays in the list, and mutating it is harmless.
  const elements = doc.querySelectorAll('body *');
  if (elements.length === 0) return doc;
  for (const m of mutations) {
    const el = elements[m.at % elements.length];
    if (!el) continue;
    switch (m.op) {
      case 'delete':
        el.remove();
        break;
      case 'duplicate':
        el.after(el.cloneNode(true));
        break;
      case 'move': {
        const target = elements[m.to % elements.length];
        if (target && !el.contains(target)) target.append(el);
        break;
      }
      case 'insert-text':
        el.append(doc.createTextNode(m.text));
        break;
      case 'rename-class':
        renameClasses(el, seed);
        break;
      case 'shuffle-attributes':
        shuffleAttributes(el, seed);
        break;
    }
  }
  return doc;
}

/** A site redeploy: every class name of the element replaced by a hashed one. */
function renameClasses(el: Element, seed: number): void {
  const cls = el.getAttribute('class');
  if (cls === null) return;
  el.setAttribute(
    'class',
    cls
      .split(/\s+/)
      .filter(Boolean)
      .map((c) => `x${(hash(c) ^ seed).toString(36)}`)
      .join(' '),
  );
}

function shuffleAttributes(el: Element, seed: number): void {
  const attributes = [...el.attributes].map((a) => [a.name, a.value] as const);
  for (const [name] of attributes) el.removeAttribute(name);
  const shuffled = attributes
    .map((a, i) => ({ a, k: hash(`${seed}:${i}`) }))
    .sort((x, y) => x.k - y.k);
  for (const { a } of shuffled) el.setAttribute(a[0], a[1]);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function extractChecked(doc: Document, url: string): PageHints {
  const raw = readPage(doc, url);
  expect(rawPageSchema.safeParse(raw).error?.issues ?? []).toEqual([]);
  const hints = normalizePage(raw);
  expect(pageHintsSchema.safeParse(hints).error?.issues ?? []).toEqual([]);
  return hints;
}

/** Every field as "path → JSON value", signals included. */
function fields(hints: PageHints): Map<string, string> {
  const map = new Map<string, string>([['kind', hints.kind]]);
  for (const [k, v] of Object.entries(hints.company ?? {}))
    map.set(`company.${k}`, JSON.stringify(v));
  for (const [k, v] of Object.entries(hints.person ?? {}))
    map.set(`person.${k}`, JSON.stringify(v));
  for (const s of hints.signals) map.set(`signal ${s.type}: ${s.detail}`, s.detail);
  return map;
}

const originals = new Map<string, Map<string, string>>();

/** What the unmutated page yields, computed once per page. */
function originalFields(page: Page): Map<string, string> {
  let found = originals.get(page.file);
  if (!found) {
    found = fields(extractChecked(parseHtml(page.html), page.url));
    originals.set(page.file, found);
  }
  return found;
}

describe('extraction on mutated real pages', () => {
  const run = (candidates: Page[], numRuns: number) =>
    fc.assert(
      fc.property(
        fc.constantFrom(...candidates),
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (page, mutations, seed) => {
          extractChecked(mutate(page.html, mutations, seed), page.url);
        },
      ),
      { numRuns },
    );

  // Each run parses a page afresh: generous time limits for a busy machine.
  it('never throws and always yields schema-valid output (small pages)', () => {
    run(small, 40);
  }, 60_000);

  it('never throws and always yields schema-valid output (megabyte pages)', () => {
    run(large, 6);
  }, 60_000);

  const partialRenames = (candidates: Page[], numRuns: number) =>
    fc.assert(
      fc.property(
        fc.constantFrom(...candidates),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (page, picks, seed) => {
          const original = originalFields(page);
          const doc = parseHtml(page.html);
          const withClass = doc.querySelectorAll('[class]');
          for (const pick of picks) {
            const el = withClass[pick % Math.max(withClass.length, 1)];
            if (el) {
              renameClasses(el, seed);
              shuffleAttributes(el, seed);
            }
          }
          for (const [field, value] of fields(extractChecked(doc, page.url))) {
            expect(original.get(field), field).toBe(value);
          }
        },
      ),
      { numRuns },
    );

  it('loses values but never changes one when some classes are renamed', () => {
    partialRenames(small, 40);
    partialRenames(large, 3);
  }, 60_000);

  it.each(pages)(
    'loses values but never changes one when every class on $file is renamed',
    (page) => {
      const original = originalFields(page);
      const doc = parseHtml(page.html);
      const all = doc.querySelectorAll('[class]');
      for (let i = 0; i < all.length; i += 1) {
        const el = all[i];
        if (el) {
          renameClasses(el, 7);
          shuffleAttributes(el, 7);
        }
      }
      const renamed = fields(extractChecked(doc, page.url));
      for (const [field, value] of renamed) expect(original.get(field), field).toBe(value);
    },
  );

  it('still reads the public LinkedIn layout by meaning when no class name is left', () => {
    const page = pages.find((p) => p.file === 'linkedin-company-audiense.html');
    if (!page) throw new Error('fixture missing');
    const doc = parseHtml(page.html);
    for (const el of [...doc.querySelectorAll('[class]')]) el.removeAttribute('class');
    const hints = extractChecked(doc, page.url);
    expect(hints.company).toMatchObject({
      name: 'Audiense',
      domain: 'audiense.com',
      industry: 'Advertising Services',
      employees: { min: 51, max: 200 },
      hq: { city: 'London', country: 'GB' },
      foundedYear: 2011,
    });
  });
});
