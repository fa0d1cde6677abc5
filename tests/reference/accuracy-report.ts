// Field-level accuracy of extraction against the fixtures' expectations.
// A fixture entry states what a person reads off the page (`expected`, plus
// `also` for what a shared entry leaves out); a field it does not state is
// not on the page. So, per field:
// - correct: extracted and equal to the stated value;
// - wrong: extracted and different, or extracted although the page does
//   not state it ("unlisted"): a wrong value is worse than a missing one;
// - missing: stated, not extracted.
// Signals count one field per type ("signals.hiring": their sorted details).

import type { PageHints, PageKind } from '../../lib/core/hints/page-hints';

export interface ExpectedSignal {
  type: string;
  detail: string;
}

export interface FixtureEntry {
  file: string;
  url: string;
  expected?: {
    kind: PageKind;
    company?: Record<string, unknown>;
    person?: Record<string, unknown>;
    signals?: ExpectedSignal[];
  };
  also?: {
    company?: Record<string, unknown>;
    person?: Record<string, unknown>;
    signals?: ExpectedSignal[];
  };
}

export type Outcome = 'correct' | 'wrong' | 'missing' | 'unlisted';

export interface FieldResult {
  file: string;
  kind: PageKind;
  field: string;
  outcome: Outcome;
  expected?: unknown;
  actual?: unknown;
}

/** The fields an entry states, flattened: "kind", "company.hq", "person.title", "signals.hiring". */
export function statedFields(entry: FixtureEntry): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  const expected = entry.expected;
  if (!expected) return fields;
  fields.set('kind', expected.kind);
  const company = { ...expected.company, ...entry.also?.company };
  for (const [key, value] of Object.entries(company)) fields.set(`company.${key}`, value);
  for (const [key, value] of Object.entries({ ...expected.person, ...entry.also?.person })) {
    fields.set(`person.${key}`, value);
  }
  const signals = [...(expected.signals ?? []), ...(entry.also?.signals ?? [])];
  for (const [type, details] of groupSignals(signals)) fields.set(`signals.${type}`, details);
  return fields;
}

/** The same flattening of what extraction produced. */
export function extractedFields(hints: PageHints): Map<string, unknown> {
  const fields = new Map<string, unknown>([['kind', hints.kind]]);
  for (const [key, value] of Object.entries(hints.company ?? {})) {
    fields.set(`company.${key}`, value);
  }
  for (const [key, value] of Object.entries(hints.person ?? {})) fields.set(`person.${key}`, value);
  for (const [type, details] of groupSignals(hints.signals)) fields.set(`signals.${type}`, details);
  return fields;
}

function groupSignals(signals: readonly ExpectedSignal[]): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const { type, detail } of signals) byType.set(type, [...(byType.get(type) ?? []), detail]);
  for (const details of byType.values()) details.sort();
  return byType;
}

/** Compares one page's extraction with its entry, field by field. */
export function compareFields(entry: FixtureEntry, hints: PageHints): FieldResult[] {
  const kind = entry.expected?.kind ?? 'other';
  const stated = statedFields(entry);
  const extracted = extractedFields(hints);
  const results: FieldResult[] = [];
  for (const [field, expected] of stated) {
    const actual = extracted.get(field);
    const outcome: Outcome =
      actual === undefined ? 'missing' : same(actual, expected) ? 'correct' : 'wrong';
    results.push({ file: entry.file, kind, field, outcome, expected, actual });
  }
  for (const [field, actual] of extracted) {
    if (!stated.has(field))
      results.push({ file: entry.file, kind, field, outcome: 'unlisted', actual });
  }
  return results;
}

/** Deep equality of JSON values; object keys in any order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

export interface Totals {
  correct: number;
  /** Different values and unlisted ones. */
  wrong: number;
  missing: number;
  /** Fields the fixtures state. */
  expected: number;
}

export function totals(results: readonly FieldResult[]): Totals {
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  const correct = count('correct');
  const wrong = count('wrong') + count('unlisted');
  const missing = count('missing');
  return { correct, wrong, missing, expected: correct + count('wrong') + missing };
}

/**
 * The printed report: one line per field that is not correct, a table of
 * precision (correct / extracted) and recall (correct / stated) per page
 * kind, and the final line `extraction: <correct>/<expected> fields correct, <wrong> wrong`.
 */
export function formatReport(results: readonly FieldResult[], pages: number): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.outcome === 'correct') continue;
    const detail =
      r.outcome === 'missing'
        ? `expected ${json(r.expected)}`
        : r.outcome === 'unlisted'
          ? `got ${json(r.actual)}, which the page does not state`
          : `expected ${json(r.expected)}, got ${json(r.actual)}`;
    lines.push(`${r.outcome.padEnd(8)} ${r.file} ${r.field}: ${detail}`);
  }
  if (lines.length > 0) lines.push('');

  const header = [
    'page kind',
    'pages',
    'fields',
    'correct',
    'wrong',
    'missing',
    'precision',
    'recall',
  ];
  const rows: string[][] = [];
  const kinds = [...new Set(results.map((r) => r.kind))];
  for (const kind of kinds) {
    const ofKind = results.filter((r) => r.kind === kind);
    const t = totals(ofKind);
    rows.push([
      kind,
      String(new Set(ofKind.map((r) => r.file)).size),
      String(t.expected),
      String(t.correct),
      String(t.wrong),
      String(t.missing),
      percent(t.correct, t.correct + t.wrong),
      percent(t.correct, t.expected),
    ]);
  }
  const all = totals(results);
  rows.push([
    'all',
    String(pages),
    String(all.expected),
    String(all.correct),
    String(all.wrong),
    String(all.missing),
    percent(all.correct, all.correct + all.wrong),
    percent(all.correct, all.expected),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  lines.push(format(header), ...rows.map(format), '');
  lines.push(`extraction: ${all.correct}/${all.expected} fields correct, ${all.wrong} wrong`);
  return lines.join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

function json(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** One page of tests/fixtures/corpus/corpus.json (see its README). */
export interface CorpusEntry {
  file: string;
  url: string;
  kind: PageKind;
  lang?: string;
  expected: {
    kind?: PageKind;
    name?: string | null;
    nameAliases?: string[];
    headline?: string | null;
    domain?: string | null;
    country?: string | null;
    [key: string]: unknown;
  };
  notes?: string;
}

/** Legal forms a display name may leave out ("GOODFORM AG" is right as "GOODFORM"). */
const LEGAL_FORM =
  /[\s,]+(?:gmbh(?:\s*(?:\+|&)\s*co\.?\s*kg)?|ag|se|kg|s\.?p\.?a\.?|s\.?r\.?l\.?|ltd\.?|limited|inc\.?|llc|plc|b\.?v\.?|n\.?v\.?|as|asa|ab|oy|sa|sas)$/i;

function nameKey(name: string): string {
  return name
    .replace(/株式会社/g, '')
    .replace(LEGAL_FORM, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Compares one corpus page's extraction with its labels. Website pages check
 * kind, name (the name or any alias, case-insensitive, legal form optional),
 * domain and HQ country; `null` means the page states none, so a value is
 * wrong. Profiles check kind, name and headline (title and company
 * together; the contract has no person location). Other pages check kind, and that nothing is stored.
 */
export function compareCorpus(entry: CorpusEntry, hints: PageHints): FieldResult[] {
  const { file, kind } = entry;
  const results: FieldResult[] = [];
  const check = (field: string, expected: unknown, actual: unknown, ok: boolean) => {
    const outcome: Outcome =
      expected === null || expected === undefined
        ? actual === undefined
          ? 'correct'
          : 'unlisted'
        : actual === undefined
          ? 'missing'
          : ok
            ? 'correct'
            : 'wrong';
    results.push({ file, kind, field, outcome, expected, actual });
  };
  check('kind', kind, hints.kind, hints.kind === kind);
  const e = entry.expected;
  if (kind === 'website') {
    const name = hints.company?.name;
    const names = [e.name, ...(e.nameAliases ?? [])].filter((n): n is string => !!n);
    check('company.name', e.name, name, !!name && names.some((n) => nameKey(n) === nameKey(name)));
    const domain = hints.company?.domain;
    check('company.domain', e.domain, domain, domain === e.domain);
    const country = hints.company?.hq?.country;
    check('company.hq.country', e.country, country, country === e.country);
  } else if (kind === 'linkedin-person') {
    const name = hints.person?.name;
    check('person.name', e.name, name, name === e.name);
    // The contract splits a headline into title and company ("Software
    // Engineer at Gantry"): right when together they are the headline.
    const { title, companyName } = hints.person ?? {};
    const headline = e.headline ?? '';
    const whole =
      title === headline ||
      (!!title && !!companyName && headline.startsWith(title) && headline.includes(companyName));
    check('person.title', e.headline, title, whole);
  } else if (hints.company !== undefined) {
    results.push({ file, kind, field: 'company', outcome: 'unlisted', actual: hints.company });
  }
  return results;
}
