// Required literals of a regex: text of which at least one piece must appear
// (case-insensitively) in anything the regex matches. The matcher skips a
// pattern without running it when none is in the text, which is what makes
// matching ~7,000 patterns against a page cheap.
//
// A regex is read as a tree: sequences of literal runs and required groups,
// and alternations. Each literal run, and each alternation whose every branch
// has one, is a "factor" the text must contain; the cheapest factor (rarest
// by a caller's cost) is used. Conservative: anything unclear (classes,
// escapes like \d, optional or lookaround groups) ends a run and adds nothing.

export const MIN_LITERAL = 3;

export type LiteralTree =
  | { kind: 'lit'; text: string }
  | { kind: 'seq'; items: LiteralTree[] }
  | { kind: 'alt'; options: LiteralTree[] };

/** Escapes that stand for one literal character (punctuation); `\d`, `\b`, `\1`... do not. */
const LITERAL_ESCAPE = /[^A-Za-z0-9]/;

/** Index just past the group or class that opens at `start`. */
function skipBracket(source: string, start: number): number {
  if (source[start] === '[') {
    for (let i = start + 1; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === ']') return i + 1;
    }
    return source.length;
  }
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = skipBracket(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** The top-level branches of a source, split at `|` outside groups and classes. */
function branches(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[' || c === '(') i = skipBracket(source, i) - 1;
    else if (c === '|') {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The quantifier at `at`: how many characters it spans, and whether it allows zero. */
function quantifier(source: string, at: number): { length: number; optional: boolean } {
  const q = source[at];
  let length = 0;
  let optional = false;
  if (q === '?' || q === '*' || q === '+') {
    length = 1;
    optional = q !== '+';
  } else if (q === '{') {
    const bound = /^\{(\d*)(,\d*)?\}/.exec(source.slice(at, at + 24));
    if (bound) {
      length = bound[0].length;
      optional = (parseInt(bound[1] || '0', 10) || 0) === 0;
    }
  }
  if (length > 0 && source[at + length] === '?') length++; // lazy
  return { length, optional };
}

function parseSequence(source: string): LiteralTree {
  const items: LiteralTree[] = [];
  let run = '';
  const end = () => {
    if (run) items.push({ kind: 'lit', text: run });
    run = '';
  };
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    let atom: string | undefined; // the one literal character this token stands for
    let group: LiteralTree | undefined; // a group's own tree, if it must match
    let next = i + 1;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      next = i + 2;
      if (LITERAL_ESCAPE.test(e)) atom = e;
    } else if (c === '[') {
      next = skipBracket(source, i);
    } else if (c === '(') {
      next = skipBracket(source, i);
      const inner = source.slice(i + 1, next - 1);
      // Lookarounds and named groups are left alone; (?:...) and (...) are read.
      if (!inner.startsWith('?')) group = parseRegex(inner);
      else if (inner.startsWith('?:')) group = parseRegex(inner.slice(2));
    } else if (!'.^$?*+{}|)'.includes(c)) {
      atom = c;
    }
    const q = quantifier(source, next);
    if (atom !== undefined && !q.optional && atom.charCodeAt(0) < 128) {
      // Only ASCII is trusted to fold case the way the regex engine does.
      run += atom.toLowerCase();
      // A repeated atom is there at least once, but what follows need not be adjacent.
      if (q.length > 0) end();
    } else {
      end();
      if (group && !q.optional) items.push(group);
    }
    i = next + q.length;
  }
  end();
  return { kind: 'seq', items };
}

/** The literal tree of a regex source (as it runs, see runtimeSource). */
export function parseRegex(source: string): LiteralTree {
  const options = branches(source).map(parseSequence);
  return options.length === 1 ? options[0]! : { kind: 'alt', options };
}

/** Every literal in the tree, for the caller to count trigrams over. */
export function literalsOf(node: LiteralTree): string[] {
  if (node.kind === 'lit') return node.text.length >= MIN_LITERAL ? [node.text] : [];
  return (node.kind === 'seq' ? node.items : node.options).flatMap(literalsOf);
}

/**
 * The cheapest set of literals at least one of which any match contains,
 * with `cost` giving each literal's expected frequency; undefined when the
 * regex guarantees none (it must always run).
 */
export function chooseLiterals(
  node: LiteralTree,
  cost: (literal: string) => number,
): { literals: string[]; cost: number } | undefined {
  if (node.kind === 'lit') {
    return node.text.length >= MIN_LITERAL
      ? { literals: [node.text], cost: cost(node.text) }
      : undefined;
  }
  if (node.kind === 'seq') {
    let best: { literals: string[]; cost: number } | undefined;
    for (const item of node.items) {
      const choice = chooseLiterals(item, cost);
      if (choice && (!best || choice.cost < best.cost)) best = choice;
    }
    return best;
  }
  const literals: string[] = [];
  let total = 0;
  for (const option of node.options) {
    const choice = chooseLiterals(option, cost);
    if (!choice) return undefined;
    literals.push(...choice.literals);
    total += choice.cost;
  }
  return { literals, cost: total };
}

/** Longest-literal choice, for callers without frequency data (and tests). */
export function requiredLiterals(source: string): string[] | undefined {
  return chooseLiterals(parseRegex(source), (literal) => 1 / literal.length)?.literals;
}
