// The second pass, decided in the background: which of the table's ~1,800
// DOM selectors and ~5,600 global paths are worth asking a page about.
// Running every selector in every page would cost the page hundreds of
// milliseconds, and sending them all would put the table in the content
// script's hands; instead a selector is asked only when every name it
// depends on (tag, id, class, attribute, attribute value) occurs in what the
// first pass gathered, and a global path only when its root is a global of
// the page.

import type { FingerprintTable } from './fingerprints';
import type { DomNeed, PageSignals, SignalNeeds } from '../../../core/hints/page-signals';
import { TextIndex } from './text-index';

interface SelectorPlan {
  need: DomNeed;
  /** Any-of: for each selector in a list, the tokens that must all occur. */
  alternatives: number[][];
}

interface Plan {
  selectors: SelectorPlan[];
  tokens: TextIndex<number>;
  /** Global paths by their first step. */
  jsRoots: Map<string, string[]>;
}

/** Splits at `separator` characters outside brackets, parentheses and quotes. */
function splitTop(text: string, isSeparator: (c: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && isSeparator(c)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The longest piece of a value that serialized HTML writes as-is (no entities). */
function plainPiece(value: string): string {
  return value.split(/[&"<>'\\]/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Names a compound selector (`a.btn[href*='x']:not(.y)`) cannot match without. */
function compoundTokens(compound: string): string[] {
  const tokens: string[] = [];
  // Pseudo-classes say what must be absent as often as present: ignore them.
  const body = compound.replace(/::?[\w-]+(\((?:[^()]|\([^()]*\))*\))?/g, ' ');
  const tag = /^[a-z][\w-]*/i.exec(body);
  if (tag) tokens.push(`<${tag[0]}`);
  for (const m of body.matchAll(/[#.]((?:[\w-]|\\.)+)/g)) tokens.push(plainPiece(m[1]!));
  for (const m of body.matchAll(/\[\s*([\w:-]+)\s*(?:[~|^$*]?=\s*("[^"]*"|'[^']*'|[^\]\s]+))?/g)) {
    tokens.push(m[1]!);
    if (m[2]) tokens.push(plainPiece(m[2].replace(/^["']|["']$/g, '')));
  }
  // Only ASCII tokens are looked up (the scan folds ASCII case only); any
  // other token is treated as present.
  return tokens
    .map((t) => t.toLowerCase())
    .filter((t) => t.length >= 3 && /^[\x20-\x7e]+$/.test(t));
}

function buildPlan(table: FingerprintTable): Plan {
  const needs = new Map<string, DomNeed>();
  const jsRoots = new Map<string, string[]>();
  for (const tech of table.technologies) {
    for (const [selector, spec] of Object.entries(tech.dom ?? {})) {
      // Node properties (React's _reactRootContainer) are invisible to the
      // isolated world: a selector asking only for them is not worth a query.
      if (spec.exists === undefined && spec.text === undefined && !spec.attributes) continue;
      const need = needs.get(selector) ?? { selector };
      if (spec.text !== undefined) need.text = true;
      const attributes = Object.keys(spec.attributes ?? {});
      if (attributes.length > 0) {
        need.attributes = [...new Set([...(need.attributes ?? []), ...attributes])];
      }
      needs.set(selector, need);
    }
    for (const chain of Object.keys(tech.js ?? {})) {
      const root = chain.split('.', 1)[0]!;
      jsRoots.set(root, [...(jsRoots.get(root) ?? []), chain]);
    }
  }
  const tokenIds = new Map<string, number>();
  const idOf = (token: string) => {
    let id = tokenIds.get(token);
    if (id === undefined) tokenIds.set(token, (id = tokenIds.size));
    return id;
  };
  const selectors = [...needs.values()].map((need) => ({
    need,
    alternatives: splitTop(need.selector, (c) => c === ',').map((complex) =>
      splitTop(complex, (c) => ' >+~'.includes(c))
        .flatMap(compoundTokens)
        .map(idOf),
    ),
  }));
  // Tokens are plain text, not regexes: each is its own literal.
  const tokens = new TextIndex(
    [...tokenIds.keys()].map((token, id) => ({ item: id, source: token })),
    (token) => ({ kind: 'lit', text: token }),
  );
  return { selectors, tokens, jsRoots };
}

const plans = new WeakMap<FingerprintTable, Plan>();

function planOf(table: FingerprintTable): Plan {
  let plan = plans.get(table);
  if (!plan) plans.set(table, (plan = buildPlan(table)));
  return plan;
}

/** The selectors worth running on a page whose markup (or first-pass text) is `text`. */
export function selectorsFor(table: FingerprintTable, text: string): DomNeed[] {
  const plan = planOf(table);
  const present = new Set(plan.tokens.candidates(text));
  return plan.selectors
    .filter(({ alternatives }) =>
      alternatives.some((tokens) => tokens.every((t) => present.has(t))),
    )
    .map(({ need }) => need);
}

/** The global paths worth asking the probe about, given the page's global names. */
export function globalsFor(table: FingerprintTable, globals: string[]): string[] {
  const { jsRoots } = planOf(table);
  return globals.flatMap((name) => jsRoots.get(name) ?? []);
}

/**
 * The selectors and global paths to ask `signals`' page about, given its
 * first-pass signals and (from the main-world probe) its global names.
 */
export function planNeeds(
  table: FingerprintTable,
  signals: Pick<PageSignals, 'html' | 'scriptSrc' | 'links'>,
  globals: string[] = [],
): SignalNeeds {
  const text = [signals.html, ...signals.scriptSrc, ...signals.links].join('\n');
  return { dom: selectorsFor(table, text), js: globalsFor(table, globals) };
}
