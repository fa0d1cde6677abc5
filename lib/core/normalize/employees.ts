// Company size text to a number range: "201-500 employees" → {201, 500},
// "10,001+ employees" → {10001}, "2-10" → {2, 10}, "120" → {120, 120}, and
// the counts sites write in prose: "a team of 250" → {250, 250}, "over 1,000
// people" → {1000}, "nearly 50 employees" → {max: 50}. Anything else
// ("Self-employed", "8K followers", "about 200 people") yields nothing.

import type { NumberRange } from '../hints/page-hints';

/** Beyond any real employer: a larger number is a misread. */
const MAX_EMPLOYEES = 10_000_000;

export function employeesFromText(text: string): NumberRange | undefined {
  // "87 employees on LinkedIn", "126 Mitarbeiter auf LinkedIn": members who
  // list the company, never its size.
  if (/\b(?:on|auf|sur|en|no|na|su|op|bij)\s+LinkedIn\b/i.test(text)) return undefined;
  // Thousands separators: "10,001", "1.001" (German), "1 001" (French).
  const t = text.replace(/(\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
  const range = /(\d+)\s*(?:-|–|—|to)\s*(\d+)/i.exec(t);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    return min <= max && max <= MAX_EMPLOYEES ? { min, max } : undefined;
  }
  // An approximate count says neither bound.
  if (/\b(?:about|around|approximately|roughly|~)\s*\d/i.test(t)) return undefined;
  const atMost = /\b(?:nearly|almost|under|fewer than|less than|up to)\s+(\d+)/i.exec(t);
  if (atMost) {
    const max = Number(atMost[1]);
    return max > 0 && max <= MAX_EMPLOYEES ? { max } : undefined;
  }
  const open = /(\d+)\s*\+|\b(?:over|more than|at least)\s+(\d+)/i.exec(t);
  if (open) {
    const min = Number(open[1] ?? open[2]);
    return min <= MAX_EMPLOYEES ? { min } : undefined;
  }
  // A single count, and nothing else numeric in the text.
  const single = /^\D*?(\d+)(?:\s*(?:employees?|people|staff|team members))?\s*$/i.exec(t);
  if (single) {
    const count = Number(single[1]);
    return count > 0 && count <= MAX_EMPLOYEES ? { min: count, max: count } : undefined;
  }
  return undefined;
}
