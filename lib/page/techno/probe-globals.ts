// The main-world probe: which of the page's JS globals exist, and the values
// of the primitive ones (for version patterns such as `jQuery.fn.jquery`).
// It runs in the page's own JS world, among objects the page controls, so it
// never calls a getter or a Proxy trap it can avoid, catches whatever throws,
// and returns only strings and `true`.
//
// Each function is self-contained (no imports, no module-level helpers) so it
// can also be handed as `func` to scripting.executeScript({ world: 'MAIN' }),
// which serializes the function's source alone.

/**
 * For each dotted path (`jQuery.fn.jquery`) whose every step is an own
 * property, the value at its end: a string for primitives, `true` otherwise.
 * Paths that do not resolve are left out.
 */
export function probeGlobals(win: object, names: string[]): Record<string, string | true> {
  const MAX_NAMES = 10000;
  const MAX_DEPTH = 8;
  const MAX_VALUE = 200;
  const MISSING = Symbol('missing');
  const ACCESSOR = Symbol('accessor');

  /** One own property of `holder` without running getters: its value, ACCESSOR or MISSING. */
  const ownValue = (holder: unknown, key: string): unknown => {
    if ((typeof holder !== 'object' && typeof holder !== 'function') || holder === null) {
      return MISSING;
    }
    try {
      const descriptor = Object.getOwnPropertyDescriptor(holder, key);
      if (!descriptor) return MISSING;
      // Reading an accessor would run page code: it counts as present but
      // cannot be walked through.
      return 'value' in descriptor ? descriptor.value : ACCESSOR;
    } catch {
      return MISSING; // a revoked Proxy or a throwing trap
    }
  };

  const describe = (value: unknown): string | true => {
    switch (typeof value) {
      case 'string':
        return value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
      case 'number':
      case 'boolean':
      case 'bigint':
        return String(value);
      default:
        return true;
    }
  };

  const found: Record<string, string | true> = {};
  for (const name of names.slice(0, MAX_NAMES)) {
    if (typeof name !== 'string' || name.length > 200) continue;
    const steps = name.split('.');
    if (steps.length > MAX_DEPTH) continue;
    let value: unknown = win;
    for (const step of steps) {
      if (value === ACCESSOR) value = MISSING;
      if (value === MISSING) break;
      value = ownValue(value, step);
    }
    if (value !== MISSING) found[name] = value === ACCESSOR ? true : describe(value);
  }
  return found;
}

/** First pass: the page's own global names, so the background can pick the paths to probe. */
export function listGlobals(win: object): string[] {
  try {
    return Object.getOwnPropertyNames(win).slice(0, 10000);
  } catch {
    return [];
  }
}
