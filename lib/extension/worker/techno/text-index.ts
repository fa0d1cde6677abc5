// A literal prefilter over many regex patterns applied to one text: each
// pattern is filed under one trigram of its required literal, the text is
// scanned once with a rolling trigram and a bitset, and only patterns whose
// whole literal occurs in the text are returned to be run. On a 300 KB page
// this replaces thousands of regex scans with one pass and a few dozen runs.

import { chooseLiterals, literalsOf, parseRegex, type LiteralTree } from './literal';
import { runtimeSource } from './patterns';

interface Filed<T> {
  /** Position of the entry in the index, for de-duplication. */
  id: number;
  item: T;
  literal: string;
  /** Where the filing trigram starts in the literal. */
  offset: number;
}

const ASCII_TRIGRAMS = 1 << 21; // three 7-bit characters

function trigramKey(text: string, at: number): number {
  return (text.charCodeAt(at) << 14) | (text.charCodeAt(at + 1) << 7) | text.charCodeAt(at + 2);
}

export class TextIndex<T> {
  /** Patterns without a usable literal: run on every text. */
  private readonly always: { id: number; item: T }[] = [];
  private readonly buckets = new Map<number, Filed<T>[]>();
  /** One bit per trigram that files some literal (256 KB). */
  private readonly bits = new Uint32Array(ASCII_TRIGRAMS >>> 5);
  private readonly size: number;

  /**
   * `items` with the dataset regex source each one runs; `read` turns a
   * source into its literal tree (a caller with plain strings passes its own).
   */
  constructor(
    items: { item: T; source: string }[],
    read: (source: string) => LiteralTree = (source) => parseRegex(runtimeSource(source)),
  ) {
    this.size = items.length;
    const trees = items.map(({ source }) => read(source));
    // Trigram frequencies over every literal of every pattern stand in for
    // how common a literal is on pages: "class=" is in many patterns and
    // many pages, "uk-container" in few of either.
    const counts = new Map<number, number>();
    for (const tree of trees) {
      for (const literal of literalsOf(tree)) {
        for (let at = 0; at + 3 <= literal.length; at++) {
          const key = trigramKey(literal, at);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    // The literal's rarest trigram: its count and where it starts.
    const rarest = (literal: string) => {
      let offset = 0;
      let count = Infinity;
      for (let at = 0; at + 3 <= literal.length; at++) {
        const c = counts.get(trigramKey(literal, at)) ?? 0;
        if (c <= count) [count, offset] = [c, at];
      }
      return { count, offset };
    };
    const rarity = (literal: string) => rarest(literal).count + 1 / literal.length;
    items.forEach(({ item }, id) => {
      const choice = chooseLiterals(trees[id]!, rarity);
      if (!choice) {
        this.always.push({ id, item });
        return;
      }
      for (const literal of choice.literals) {
        // File under the literal's rarest trigram, so a common trigram
        // (".js", "com") in the text wakes up few patterns.
        const { offset } = rarest(literal);
        const key = trigramKey(literal, offset);
        this.bits[key >>> 5]! |= 1 << (key & 31);
        const entry = { id, item, literal, offset };
        const bucket = this.buckets.get(key);
        if (bucket) bucket.push(entry);
        else this.buckets.set(key, [entry]);
      }
    });
  }

  /**
   * The items whose literal occurs in `text` (case-insensitively), plus the
   * always-run ones, in the order they were given (dataset order, as
   * wappalyzer-core runs them, so the first evidence and version agree).
   */
  candidates(text: string): T[] {
    const found = this.scan(text);
    found.sort((a, b) => a.id - b.id);
    return found.map((f) => f.item);
  }

  private scan(text: string): { id: number; item: T }[] {
    const found = [...this.always];
    if (this.buckets.size === 0 || text.length < 3) return found;
    const done = new Uint8Array(this.size);
    const bits = this.bits;
    let key = 0;
    let run = 0; // consecutive ASCII characters ending at i
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) {
        run = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c |= 32; // ASCII lower case; literals are lower case
      key = ((key << 7) | c) & (ASCII_TRIGRAMS - 1);
      if (++run < 3 || (bits[key >>> 5]! & (1 << (key & 31))) === 0) continue;
      for (const entry of this.buckets.get(key) ?? []) {
        if (done[entry.id]) continue;
        const start = i - 2 - entry.offset;
        if (start >= 0 && startsWithFolded(text, entry.literal, start)) {
          done[entry.id] = 1;
          found.push(entry);
        }
      }
    }
    return found;
  }
}

/** `text` has `literal` (ASCII lower case) at `at`, ignoring ASCII case. */
function startsWithFolded(text: string, literal: string, at: number): boolean {
  if (at + literal.length > text.length) return false;
  for (let j = 0; j < literal.length; j++) {
    let c = text.charCodeAt(at + j);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== literal.charCodeAt(j)) return false;
  }
  return true;
}
