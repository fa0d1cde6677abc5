import type { NumberRange } from '../hints/page-hints';

const integer = new Intl.NumberFormat('en-US');

export function formatCount(range: NumberRange): string {
  return formatRange(range, (n) => integer.format(n));
}

export function formatUsd(range: NumberRange): string {
  return formatRange(range, formatMoney);
}

function formatRange(range: NumberRange, format: (n: number) => string): string {
  const { min, max } = range;
  if (min !== undefined && max !== undefined)
    return min === max ? format(min) : `${format(min)}-${format(max)}`;
  if (min !== undefined) return `${format(min)}+`;
  if (max !== undefined) return `up to ${format(max)}`;
  return '';
}

function formatMoney(n: number): string {
  if (n >= 1e9) return `$${trim(n / 1e9)}B`;
  if (n >= 1e6) return `$${trim(n / 1e6)}M`;
  if (n >= 1e3) return `$${trim(n / 1e3)}K`;
  return `$${n}`;
}

function trim(n: number): string {
  return String(Number(n.toFixed(1)));
}
