import type { NumberRange } from '../hints/page-hints';
import { formatMoney } from '../normalize/money';

const integer = new Intl.NumberFormat('en-US');

export function formatCount(range: NumberRange): string {
  return formatRange(range, (n) => integer.format(n));
}

export function formatUsd(range: NumberRange): string {
  // Ranges read at a glance: one decimal is enough ("$1.5M-$10M").
  return formatRange(range, (n) => formatMoney(n, 'USD', 1));
}

function formatRange(range: NumberRange, format: (n: number) => string): string {
  const { min, max } = range;
  if (min !== undefined && max !== undefined)
    return min === max ? format(min) : `${format(min)}-${format(max)}`;
  if (min !== undefined) return `${format(min)}+`;
  if (max !== undefined) return `up to ${format(max)}`;
  return '';
}
