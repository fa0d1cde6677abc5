// Company size text to a number range: "201-500 employees" → {201, 500},
// "10,001+ employees" → {10001}, "2-10" → {2, 10}, "120" → {120, 120}.
// Anything else ("Self-employed", "8K followers") yields nothing.

import type { NumberRange } from './page-hints';

/** Beyond any real employer: a larger number is a misread. */
const MAX_EMPLOYEES = 10_000_000;

export function employeesFromText(text: string): NumberRange | undefined {
  // Thousands separators: "10,001", "1.001" (German), "1 001" (French).
  const t = text.replace(/(\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
  const range = /(\d+)\s*(?:-|–|—|to)\s*(\d+)/i.exec(t);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    return min <= max && max <= MAX_EMPLOYEES ? { min, max } : undefined;
  }
  const open = /(\d+)\s*\+/.exec(t);
  if (open) {
    const min = Number(open[1]);
    return min <= MAX_EMPLOYEES ? { min } : undefined;
  }
  // A single count, and nothing else numeric in the text.
  const single = /^\D*?(\d+)(?:\s*(?:employees?|people|staff))?\s*$/i.exec(t);
  if (single) {
    const count = Number(single[1]);
    return count > 0 && count <= MAX_EMPLOYEES ? { min: count, max: count } : undefined;
  }
  return undefined;
}
