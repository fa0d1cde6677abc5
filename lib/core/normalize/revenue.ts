// Revenue as pages state it ("$10M-$50M", "€2.5 billion", "USD 120 million",
// "£5m", "10-50 Mio. €", "$1B+", "Less than $1M", "$500K") to a range in US
// dollars, whole dollars, converted at the fixed rates of exchange-rates.ts.
// An amount in a currency the table does not know is omitted, not guessed.

import { USD_PER_UNIT } from './exchange-rates';
import { moneyFromText } from './money';
import type { NumberRange } from '../hints/page-hints';

/** Beyond any company's revenue: a larger number is a misread. */
const MAX_REVENUE_USD = 10e12;

export function revenueFromText(text: string): NumberRange | undefined {
  const money = moneyFromText(text);
  const rate = money && USD_PER_UNIT[money.currency];
  if (!money || rate === undefined) return undefined;
  const range: NumberRange = {};
  if (money.min !== undefined) range.min = Math.round(money.min * rate);
  if (money.max !== undefined) range.max = Math.round(money.max * rate);
  const top = range.max ?? range.min ?? 0;
  return top <= MAX_REVENUE_USD ? range : undefined;
}
