// US dollars per unit of each currency, to state revenue in one currency.
// A fixed table on purpose: the extension makes no network request, and a
// company's revenue band does not move with the day's rate. Approximate
// mid-market rates of 2 January 2025 (ECB reference rates for the currencies
// it quotes), rounded to three or four significant digits. Refresh them
// together, with the date, when they drift far enough to move a band.

export const RATES_DATE = '2025-01-02';

export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.035,
  GBP: 1.25,
  CHF: 1.1,
  CAD: 0.695,
  AUD: 0.62,
  NZD: 0.56,
  JPY: 0.00637,
  CNY: 0.137,
  INR: 0.01167,
  SEK: 0.0906,
  NOK: 0.088,
  DKK: 0.1388,
  PLN: 0.2425,
  SGD: 0.733,
  HKD: 0.1287,
  BRL: 0.162,
  MXN: 0.0481,
  ZAR: 0.0532,
  ILS: 0.274,
  KRW: 0.00068,
};
