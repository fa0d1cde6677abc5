import type { CompanyHints, Location, NumberRange } from '../hints/page-hints';

// How two values of one company field relate: whether they can both be true
// (so one merely refines the other) and which says more. Merging uses this to
// let the more specific value win without calling a refinement a conflict.

export type CompanyField = keyof CompanyHints;

function width(r: NumberRange): number {
  return (r.max ?? Infinity) - (r.min ?? 0);
}

function rangeContains(outer: NumberRange, inner: NumberRange): boolean {
  return (inner.min ?? 0) >= (outer.min ?? 0) && (inner.max ?? Infinity) <= (outer.max ?? Infinity);
}

function same(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.toLowerCase() === b.toLowerCase();
}

/** True when both values can describe the same company at once. */
export function compatible(field: CompanyField, a: unknown, b: unknown): boolean {
  switch (field) {
    case 'employees':
    case 'revenueUsd':
      return (
        rangeContains(a as NumberRange, b as NumberRange) ||
        rangeContains(b as NumberRange, a as NumberRange)
      );
    case 'hq': {
      const x = a as Location;
      const y = b as Location;
      return same(x.country, y.country) && same(x.region, y.region) && same(x.city, y.city);
    }
    case 'industry':
    case 'domain':
    case 'name':
      return String(a).toLowerCase() === String(b).toLowerCase();
    case 'foundedYear':
      return a === b;
    default:
      // Descriptions, specialties and links change wording between pages
      // without contradicting each other.
      return true;
  }
}

/** How much a value pins down: a narrower range or a fuller address says more. */
export function specificity(field: CompanyField, value: unknown): number {
  switch (field) {
    case 'employees':
    case 'revenueUsd':
      return -width(value as NumberRange);
    case 'hq': {
      const l = value as Location;
      return [l.country, l.region, l.city].filter(Boolean).length;
    }
    default:
      return 0;
  }
}
