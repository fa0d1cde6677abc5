import type { z } from 'zod';

// Immutable edits at a path inside a draft ICP held as plain JSON. The form
// edits the draft the JSON editor holds, not a parsed config: parsing fills
// defaults and drops keys the schema does not know, and the form must never
// lose what it does not understand (issue #6).

export type PathPart = string | number;
export type Path = readonly PathPart[];

/** `segments.0.criteria.2.weight`: how fields and zod issues find each other. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const part of path) {
    if (Array.isArray(node) && typeof part === 'number') node = node[part];
    else if (isRecord(node) && typeof part === 'string') node = node[part];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`; every node off the path is shared
 * untouched. `undefined` removes an object key (an optional value cleared).
 * Missing objects on the way are created.
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  return update(root, path, () => value) as T;
}

/** A copy of `root` without the array item or object key at `path`. */
export function removeAt<T>(root: T, path: Path): T {
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  return update(root, parent, (node) => {
    if (Array.isArray(node) && typeof last === 'number') return node.filter((_, i) => i !== last);
    if (isRecord(node) && typeof last === 'string') {
      const { [last]: _removed, ...rest } = node;
      return rest;
    }
    return node;
  }) as T;
}

/** A copy of `root` with `item` appended to the array at `path` (created when missing). */
export function appendAt<T>(root: T, path: Path, item: unknown): T {
  return update(root, path, (node) => [...(Array.isArray(node) ? node : []), item]) as T;
}

function update(node: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  if (path.length === 0) return change(node);
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(node) ? [...(node as unknown[])] : [];
    list[head] = update(list[head], rest, change);
    return list;
  }
  const record = isRecord(node) ? { ...node } : {};
  const next = update(record[head!], rest, change);
  if (next === undefined) delete record[head!];
  else record[head!] = next;
  return record;
}

/** Each zod issue's message, keyed by where it points (the wording the JSON editor shows). */
export function problemsByPath(error: z.ZodError | undefined): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const issue of error?.issues ?? []) {
    const key = pathKey(issue.path);
    byPath.set(key, [...(byPath.get(key) ?? []), issue.message]);
  }
  return byPath;
}

/** Problems at `path` itself, or also below it with `deep` (for a part the form cannot show). */
export function problemsAt(problems: Map<string, string[]>, path: Path, deep = false): string[] {
  const key = pathKey(path);
  if (!deep) return problems.get(key) ?? [];
  return [...problems].flatMap(([at, messages]) =>
    at === key || at.startsWith(`${key}.`) || key === '' ? messages : [],
  );
}
