// Revenue and money amounts as pages write them, to numbers: amounts in their
// own currency, revenue as a whole-dollar range at the fixed rates.

import { describe, expect, it } from 'vitest';
import { USD_PER_UNIT } from '../../../lib/core/normalize/exchange-rates';
import { formatMoney, moneyFromText } from '../../../lib/core/normalize/money';
import { revenueFromText } from '../../../lib/core/normalize/revenue';

const EUR = USD_PER_UNIT.EUR ?? NaN;
const GBP = USD_PER_UNIT.GBP ?? NaN;

describe('revenueFromText', () => {
  it.each([
    ['$10M-$50M', { min: 10_000_000, max: 50_000_000 }],
    ['$10M - $50M', { min: 10_000_000, max: 50_000_000 }],
    ['$10-50M', { min: 10_000_000, max: 50_000_000 }],
    ['€2.5 billion', { min: Math.round(2.5e9 * EUR), max: Math.round(2.5e9 * EUR) }],
    ['USD 120 million', { min: 120_000_000, max: 120_000_000 }],
    ['£5m', { min: Math.round(5e6 * GBP), max: Math.round(5e6 * GBP) }],
    ['10-50 Mio. €', { min: Math.round(10e6 * EUR), max: Math.round(50e6 * EUR) }],
    ['2,5 Mrd. EUR', { min: Math.round(2.5e9 * EUR), max: Math.round(2.5e9 * EUR) }],
    ['$1B+', { min: 1_000_000_000 }],
    ['Less than $1M', { max: 1_000_000 }],
    ['$500K', { min: 500_000, max: 500_000 }],
    ['over $50M in annual revenue', { min: 50_000_000 }],
    ['US$ 36.5M', { min: 36_500_000, max: 36_500_000 }],
    ['$1,250,000', { min: 1_250_000, max: 1_250_000 }],
    ['ARR of $20M', { min: 20_000_000, max: 20_000_000 }],
    ['120 million dollars', { min: 120_000_000, max: 120_000_000 }],
    [
      'C$ 10M',
      {
        min: Math.round(10e6 * (USD_PER_UNIT.CAD ?? NaN)),
        max: Math.round(10e6 * (USD_PER_UNIT.CAD ?? NaN)),
      },
    ],
  ])('%s → %j', (text, range) => {
    expect(revenueFromText(text)).toEqual(range);
  });

  it.each([
    ['no currency', '750 billion messages'],
    ['a year', 'founded in 2009'],
    ['an unknown currency', 'XYZ 5 million'],
    ['kroner without a code', '5 mio. kr'],
    ['nothing', ''],
    ['beyond any company', '$99999 trillion'],
  ])('yields nothing for %s', (_label, text) => {
    expect(revenueFromText(text)).toBeUndefined();
  });

  it('rounds to whole dollars', () => {
    const range = revenueFromText('€1.234567 million');
    expect(Number.isInteger(range?.min)).toBe(true);
  });
});

describe('moneyFromText', () => {
  it('keeps the currency and reads the first amount only', () => {
    expect(moneyFromText('raised a $40M Series B, valued at $1B')).toEqual({
      min: 40_000_000,
      max: 40_000_000,
      currency: 'USD',
    });
  });

  it('does not read a date after an amount as a range', () => {
    expect(moneyFromText('$40M – 2017')).toEqual({ min: 40e6, max: 40e6, currency: 'USD' });
  });
});

describe('formatMoney', () => {
  it.each([
    [36_500_000, 'USD', '$36.5M'],
    [12_000_000, 'EUR', '€12M'],
    [5_000_000, 'CHF', 'CHF 5M'],
    [1_500_000_000, 'USD', '$1.5B'],
    [750_000, 'GBP', '£750K'],
  ])('%d %s → %s', (amount, currency, text) => {
    expect(formatMoney(amount, currency)).toBe(text);
  });
});
