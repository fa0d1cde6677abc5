// The columns a deals file can carry, and the header names CRMs and
// spreadsheets use for them, so most exports map themselves.

export const DEAL_FIELDS = [
  'name',
  'domain',
  'industry',
  'employees',
  'revenue',
  'country',
  'technologies',
  'outcome',
  'dealValue',
  'closeDate',
  'dealId',
] as const;

export type DealField = (typeof DEAL_FIELDS)[number];
export type ColumnMapping = Partial<Record<DealField, string>>;

/** Header names seen in HubSpot and Salesforce exports and hand-made sheets, folded. */
const SYNONYMS: Record<DealField, string[]> = {
  name: [
    'name',
    'company',
    'company name',
    'account',
    'account name',
    'organization',
    'organisation',
  ],
  domain: ['domain', 'company domain name', 'website', 'website url', 'company website', 'url'],
  industry: ['industry', 'sector', 'vertical'],
  employees: [
    'employees',
    'number of employees',
    'employee count',
    'headcount',
    'company size',
    'size',
  ],
  revenue: ['revenue', 'annual revenue', 'arr', 'revenue usd', 'annualrevenue'],
  country: [
    'country',
    'country/region',
    'billing country',
    'hq country',
    'country region',
    'billingcountry',
  ],
  technologies: ['technologies', 'tech stack', 'technology', 'tools', 'stack'],
  outcome: [
    'outcome',
    'result',
    'deal stage',
    'stage',
    'status',
    'won',
    'is won',
    'iswon',
    'closed won',
  ],
  dealValue: ['deal value', 'amount', 'value', 'acv', 'deal amount', 'opportunity amount'],
  closeDate: ['close date', 'closed date', 'closedate', 'date closed', 'close'],
  dealId: [
    'deal id',
    'opportunity id',
    'record id',
    'deal record id',
    'opportunityid',
    'dealid',
    'id',
  ],
};

function fold(header: string): string {
  return header
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A first guess at which column holds which field; the rep or manager can change it. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const field of DEAL_FIELDS) {
    const header =
      headers.find((h) => !taken.has(h) && SYNONYMS[field].includes(fold(h))) ??
      // "Annual Revenue ($M)", "Amount (EUR)": the name before a unit in brackets.
      headers.find(
        (h) =>
          !taken.has(h) && SYNONYMS[field].includes(fold(h.replace(/\(.*?\)|\bin \w+$/gi, ''))),
      );
    if (header) {
      mapping[field] = header;
      taken.add(header);
    }
  }
  return mapping;
}

/**
 * The scale a revenue or amount column's header states: "Revenue ($M)",
 * "Annual revenue in millions", "ARR (k)", "Revenue (bn EUR)". 1 when none.
 */
export function scaleFromHeader(header: string): number {
  const h = header.toLowerCase();
  if (/\bin billions?\b|\(\s*[$€£]?\s*(?:bn|b|billions?)\b|\bbillions?\b/.test(h)) return 1e9;
  if (/\bin millions?\b|\(\s*[$€£]?\s*(?:m|mm|mn|mio|millions?)\b|\bmillions?\b|\$m\b/.test(h))
    return 1e6;
  if (/\bin thousands?\b|\(\s*[$€£]?\s*(?:k|thousands?|tsd)\b|\bthousands?\b|\$k\b/.test(h))
    return 1e3;
  return 1;
}

/** A currency code a header states ("Revenue (EUR)", "Amount €"), or undefined. */
export function currencyFromHeader(header: string): string | undefined {
  if (/€|\beur\b/i.test(header)) return 'EUR';
  if (/£|\bgbp\b/i.test(header)) return 'GBP';
  const code = /\b(USD|CHF|CAD|AUD|JPY|INR|SEK|NOK|DKK)\b/i.exec(header);
  if (code) return code[1]!.toUpperCase();
  return /\$/.test(header) ? 'USD' : undefined;
}
