import { getAt, isRecord, problemsByPath, type Path } from './draft-path';
import { icpConfigSchema, ICP_SCHEMA_VERSION, type CriterionField } from './schema';

// What the options page's ICP form can edit, as pure functions over the JSON
// draft it shares with the JSON editor. Anything the form cannot express is
// left exactly as it is and pointed to the JSON view.

export type Draft = Record<string, unknown>;

export type DraftRead =
  | { ok: true; draft: Draft }
  | { ok: false; reason: 'not-json' | 'not-an-object' | 'other-schema-version'; detail: string };

/** The JSON editor's text as a draft the form can show. */
export function readDraft(text: string): DraftRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: (error as Error).message };
  }
  if (!isRecord(json)) return { ok: false, reason: 'not-an-object', detail: 'not a JSON object' };
  if (json.schemaVersion !== ICP_SCHEMA_VERSION)
    return {
      ok: false,
      reason: 'other-schema-version',
      detail: `schemaVersion ${JSON.stringify(json.schemaVersion)}`,
    };
  return { ok: true, draft: json };
}

/** The draft as the JSON editor shows it: what every form edit writes back. */
export function draftText(draft: Draft): string {
  return JSON.stringify(draft, null, 2);
}

/** The draft checked by the real schema: each problem's message keyed by its path. */
export function checkDraft(draft: Draft): Map<string, string[]> {
  const result = icpConfigSchema.safeParse(draft);
  return problemsByPath(result.success ? undefined : result.error);
}

export const RULE_FIELDS = [
  'industry',
  'employees',
  'revenueUsd',
  'hq',
  'technologies',
  'keywords',
  'answer',
] as const satisfies readonly CriterionField[];

export const RULE_FIELD_LABELS: Record<CriterionField, string> = {
  industry: 'Industry',
  employees: 'Employees',
  revenueUsd: 'Annual revenue (USD)',
  hq: 'Headquarters',
  technologies: 'Technologies',
  keywords: 'Keywords',
  answer: "Rep's answer",
};

type ValueKind = 'strings' | 'number';
const RULE_KEYS: Record<CriterionField, Record<string, ValueKind>> = {
  industry: { anyOf: 'strings' },
  employees: { min: 'number', max: 'number' },
  revenueUsd: { min: 'number', max: 'number' },
  hq: { countries: 'strings', regions: 'strings' },
  technologies: { anyOf: 'strings', categories: 'strings', minMatches: 'number' },
  keywords: { anyOf: 'strings', minMatches: 'number' },
  answer: {},
};

/**
 * The rule's field when the form can show every part of it; 'unknown' for a
 * field this version does not know, a key it does not expect, or a value of
 * the wrong type. Such a rule is kept as is and edited in JSON.
 */
export function ruleShape(rule: unknown): CriterionField | 'unknown' {
  if (!isRecord(rule)) return 'unknown';
  const field = rule.field;
  if (typeof field !== 'string' || !(RULE_FIELDS as readonly string[]).includes(field))
    return 'unknown';
  const keys = RULE_KEYS[field as CriterionField];
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'field' || value === undefined) continue;
    const kind = keys[key];
    if (!kind) return 'unknown';
    if (kind === 'number' && typeof value !== 'number') return 'unknown';
    if (kind === 'strings' && !(Array.isArray(value) && value.every((v) => typeof v === 'string')))
      return 'unknown';
  }
  return field as CriterionField;
}

/** A starting rule of each field, for a new criterion or disqualifier. */
export function newRule(field: CriterionField): Record<string, unknown> {
  switch (field) {
    case 'industry':
    case 'keywords':
      return { field, anyOf: [] };
    case 'employees':
    case 'revenueUsd':
      return { field, min: 0 };
    case 'hq':
      return { field, countries: [] };
    case 'technologies':
      return { field, anyOf: [], categories: [] };
    case 'answer':
      return { field };
  }
}

/** `base`, or `base-2`, `base-3`... whichever no item in the list has taken. */
export function freeId(base: string, items: unknown): string {
  const taken = new Set(
    (Array.isArray(items) ? items : []).map((item) => (isRecord(item) ? item.id : undefined)),
  );
  const stem = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'item';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export function newCriterion(field: CriterionField, criteria: unknown) {
  return {
    id: freeId(field, criteria),
    label: `New ${RULE_FIELD_LABELS[field].toLowerCase()} criterion`,
    weight: 10,
    kind: 'fit',
    rule: newRule(field),
    questions: [],
  };
}

export function newDisqualifier(field: CriterionField, antiIcp: unknown) {
  return {
    id: freeId(`no-${field}`, antiIcp),
    label: `New ${RULE_FIELD_LABELS[field].toLowerCase()} disqualifier`,
    reason: 'Why we do not pursue such accounts.',
    rule: newRule(field),
  };
}

/** Where a list is typed: one per line, or separated by commas (for codes). */
export type ListSeparator = 'line' | 'comma';

export function parseList(text: string, separator: ListSeparator): string[] {
  return text
    .split(separator === 'line' ? /\r?\n/ : ',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function formatList(items: unknown, separator: ListSeparator): string {
  const list = Array.isArray(items) ? items.map(String) : [];
  return list.join(separator === 'line' ? '\n' : ', ');
}

/** A number input's text as a draft value: empty (or not a number yet) clears it. */
export function numberFromInput(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The draft's value at `path` as text for an input, when it is text or a number. */
export function inputText(draft: Draft, path: Path): string {
  const value = getAt(draft, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** The items of the array at `path` (none when it is missing or not an array). */
export function itemsAt(draft: Draft, path: Path): unknown[] {
  const value = getAt(draft, path);
  return Array.isArray(value) ? value : [];
}

/** A list the form can show: missing, or an array of strings. */
export function isStringList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}
