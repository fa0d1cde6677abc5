// Amounts of money as pages write them ("$10M-$50M", "€2.5 billion",
// "USD 120 million", "£5m", "10-50 Mio. €", "$1B+", "Less than $1M",
// "US$ 36.5M"), read into numbers in their own currency. Only an amount
// written next to a currency counts: "2009" or "750 billion messages" are not
// money. Background and CLI only.

/** An amount or range in `currency` (ISO 4217); an open end is omitted. */
export interface MoneyRange {
  min?: number;
  max?: number;
  currency: string;
}

const CODES =
  'USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|CNY|RMB|INR|SEK|NOK|DKK|PLN|SGD|HKD|BRL|MXN|ZAR|ILS|KRW';
/** Symbols and codes written before an amount, the prefixed dollars first. */
const BEFORE = String.raw`(?:U\.?S\.?\s?\$|CA?\$|AU?\$|NZ\$|HK\$|S\$|R\$|CN¥|\$|€|£|¥|₹|\b(?:${CODES})\b)`;
/** Symbols, codes and words written after an amount. */
// "20 millions d'euros", "5 millones de dólares", "3 milioni di euro" name the currency after a preposition.
const AFTER = String.raw`(?:€|£|(?:\b(?:d['’]|de |di ))?\b(?:${CODES}|dollars?|d[oó]lares|euros?|pounds?)\b)`;
const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
/** Scale words in the languages of funding news ("Millionen", "millions", "milhões", "miljoen"). */
const UNIT = String.raw`(?:thousand|millions?|millionen|millones|milh(?:õ|o)es|milioni|miljoen|milliards?|milliarden?|miliardi|miljard|billion|trillion|mrd|mio|tsd|mn|mm|bn|tn|k|m|b|t)\b\.?`;
const AMOUNT = String.raw`(${NUMBER})\s?(${UNIT})?`;
const SEPARATOR = String.raw`\s?(?:-|–|—|to)\s?`;

/**
 * An amount of money as pages write it: "$40M", "US$ 36.5M", "€2.5 billion",
 * "USD 120 million", "£5m", "10 Mio. €": finds one inside a sentence, for
 * moneyFromText to read. Built from the same parts as moneyFromText's own
 * grammar, so what a sentence pattern finds is what it can read.
 */
export const MONEY = String.raw`(?:${BEFORE}\s?(?:${NUMBER})(?:\s?${UNIT})?|\b(?:${NUMBER})\s?(?:${UNIT})?\s?${AFTER})`;

/** "$10M-$50M", "US$ 36.5M", "USD 120 million", "$10-50M". */
const CURRENCY_FIRST = new RegExp(
  String.raw`(${BEFORE})\s?${AMOUNT}(?:${SEPARATOR}(?:${BEFORE})?\s?${AMOUNT})?`,
  'i',
);
/** "10-50 Mio. €", "2,5 Mrd. EUR", "120 million dollars". */
const CURRENCY_LAST = new RegExp(String.raw`${AMOUNT}(?:${SEPARATOR}${AMOUNT})?\s?(${AFTER})`, 'i');

const AT_LEAST = /(?:over|more than|above|exceed(?:s|ing)?|at least|upwards of|>)\s*$/i;
const AT_MOST = /(?:less than|under|below|up to|<)\s*$/i;

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  tsd: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  millionen: 1e6,
  millones: 1e6,
  milhões: 1e6,
  milhoes: 1e6,
  milioni: 1e6,
  miljoen: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  miliardi: 1e9,
  miljard: 1e9,
  b: 1e9,
  bn: 1e9,
  mrd: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

/** The first amount or range of money in `text`, in its own currency. */
export function moneyFromText(text: string): MoneyRange | undefined {
  const t = text.slice(0, 500);
  const first = CURRENCY_FIRST.exec(t);
  const last = CURRENCY_LAST.exec(t);
  const useFirst = first && (!last || first.index <= last.index);
  const match = useFirst ? first : last;
  if (!match) return undefined;
  const [symbol, n1, u1, n2, u2] = useFirst
    ? [match[1], match[2], match[3], match[4], match[5]]
    : [match[5], match[1], match[2], match[3], match[4]];
  const currency = currencyOf(symbol ?? '');
  if (!currency) return undefined;
  // "$10-50M": a unit written once applies to both ends.
  const low = amountOf(n1, u1 ?? u2);
  const high = n2 === undefined ? undefined : amountOf(n2, u2);
  if (low === undefined) return undefined;

  const before = t.slice(0, match.index);
  const plus = t.charAt(match.index + match[0].length) === '+';
  // "$40M – 2x more" is no range: a smaller second number is something else.
  if (high !== undefined && low <= high) return { min: low, max: high, currency };
  if (plus || AT_LEAST.test(before)) return { min: low, currency };
  if (AT_MOST.test(before)) return { max: low, currency };
  return { min: low, max: low, currency };
}

function currencyOf(symbol: string): string | undefined {
  const s = symbol
    .replace(/^(?:d['’]|de\s|di\s)/i, '')
    .replace(/[\s.]/g, '')
    .toUpperCase();
  if (s === '$' || s === 'US$' || /^(?:DOLLARS?|D[OÓ]LARES)$/.test(s)) return 'USD';
  if (s === '€' || /^EUROS?$/.test(s)) return 'EUR';
  if (s === '£' || /^POUNDS?$/.test(s)) return 'GBP';
  if (s === '¥') return 'JPY';
  if (s === '₹') return 'INR';
  if (s === 'CN¥' || s === 'RMB') return 'CNY';
  if (s === 'C$' || s === 'CA$') return 'CAD';
  if (s === 'A$' || s === 'AU$') return 'AUD';
  if (s === 'NZ$') return 'NZD';
  if (s === 'HK$') return 'HKD';
  if (s === 'S$') return 'SGD';
  if (s === 'R$') return 'BRL';
  return /^[A-Z]{3}$/.test(s) ? s : undefined;
}

/** "1,000,000" → 1000000, "36.5" + "M" → 36500000, "2,5" + "Mrd" → 2500000000. */
function amountOf(number: string | undefined, unit: string | undefined): number | undefined {
  if (number === undefined) return undefined;
  const value = parseNumber(number);
  const scale = unit ? SCALE[unit.replace(/\.$/, '').toLowerCase()] : 1;
  if (value === undefined || scale === undefined) return undefined;
  const amount = value * scale;
  return Number.isFinite(amount) && amount <= 1e15 ? amount : undefined;
}

export function parseNumber(text: string): number | undefined {
  // NUMBER only lets a space group thousands ("1 000 000").
  const t = text.replace(/[\u00a0\u202f ]/g, '');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one is the decimal mark ("1,234.5", "1.234,5").
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    normal = t.split(group).join('').replace(decimal, '.');
  } else {
    const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '';
    const groups = mark ? t.split(mark) : [t];
    // One kind of mark, every group after it three digits: thousands ("1,000", "100.000").
    const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
    normal = thousands ? groups.join('') : mark ? groups.join('.') : t;
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** 36500000 USD → "$36.5M", 12000000 EUR → "€12M", 5000000 CHF → "CHF 5M". */
export function formatMoney(amount: number, currency: string, decimals = 2): string {
  const [scaled, unit] =
    amount >= 1e9
      ? [amount / 1e9, 'B']
      : amount >= 1e6
        ? [amount / 1e6, 'M']
        : amount >= 1e3
          ? [amount / 1e3, 'K']
          : [amount, ''];
  const number = String(Math.round(scaled * 10 ** decimals) / 10 ** decimals);
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${number}${unit}` : `${currency} ${number}${unit}`;
}

/**
 * A bare amount as a spreadsheet cell holds it: "1,234.50", "1.234,50",
 * "12,5", "€ 1.200", "(USD) 300k", "5M". A currency symbol or code, when
 * present, is returned with it; the scale word is applied. Negative numbers
 * and anything else are undefined.
 */
export function amountFromCell(text: string): { amount: number; currency?: string } | undefined {
  const t = text.trim().slice(0, 60);
  if (!t) return undefined;
  const money = moneyFromText(t);
  if (money && money.min !== undefined && money.min === money.max)
    return { amount: money.min, currency: money.currency };
  const bare = new RegExp(String.raw`^(${NUMBER})\s?(${UNIT})?$`, 'i').exec(t.replace(/^\+/, ''));
  if (!bare) return undefined;
  const amount = amountOf(bare[1], bare[2]);
  return amount === undefined ? undefined : { amount };
}
