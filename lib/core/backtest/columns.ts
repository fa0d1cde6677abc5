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
    const header = headers.find((h) => !taken.has(h) && SYNONYMS[field].includes(fold(h)));
    if (header) {
      mapping[field] = header;
      taken.add(header);
    }
  }
  return mapping;
}
