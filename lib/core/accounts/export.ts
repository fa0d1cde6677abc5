import Papa from 'papaparse';
import type { AccountRecord } from './account';
import { describeValue } from './describe-value';

export type CrmFlavor = 'hubspot' | 'salesforce';

/** Column names each CRM's importer maps to its own company / account fields. */
const HEADERS: Record<CrmFlavor, Record<string, string>> = {
  hubspot: {
    name: 'Company name',
    domain: 'Company Domain Name',
    industry: 'Industry',
    employees: 'Number of Employees',
    revenue: 'Annual Revenue',
    city: 'City',
    region: 'State/Region',
    country: 'Country/Region',
    linkedin: 'LinkedIn Company Page',
  },
  salesforce: {
    name: 'Account Name',
    domain: 'Website',
    industry: 'Industry',
    employees: 'Employees',
    revenue: 'Annual Revenue',
    city: 'Billing City',
    region: 'Billing State/Province',
    country: 'Billing Country',
    linkedin: 'LinkedIn URL',
  },
};

/**
 * A spreadsheet opens a cell starting with = + - @ as a formula; page text
 * must never become one (CSV injection), so such cells get a leading quote.
 */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function exportRow(a: AccountRecord, h: Record<string, string>): Record<string, string> {
  const c = a.facts.company;
  const r = a.score;
  const employees = c.employees?.max ?? c.employees?.min;
  const revenue = c.revenueUsd?.max ?? c.revenueUsd?.min;
  const answers = Object.entries(a.facts.answers ?? {}).map(
    ([id, ans]) => `${id}: ${ans.status}${ans.note ? ` (${ans.note})` : ''}`,
  );
  const repValues = Object.entries(a.facts.provenance)
    .filter(([, source]) => source?.kind === 'rep')
    .map(([field]) => `${field}: ${describeValue(field as never, c[field as keyof typeof c])}`);
  const row: Record<string, string> = {
    [h.name!]: c.name ?? '',
    [h.domain!]: a.domain ?? '',
    [h.industry!]: c.industry ?? '',
    // Importers take one number: the top of a range is what the company
    // has grown to, which is what a territory plan wants.
    [h.employees!]: employees !== undefined ? String(employees) : '',
    [h.revenue!]: revenue !== undefined ? String(revenue) : '',
    [h.city!]: c.hq?.city ?? '',
    [h.region!]: c.hq?.region ?? '',
    [h.country!]: c.hq?.country ?? '',
    [h.linkedin!]: c.linkedinUrl ?? '',
    'ICP Tier': r.tier.label,
    'ICP Score': String(r.score),
    'ICP Confidence': String(r.confidence),
    'ICP Segment': r.segmentName,
    'ICP Timing': r.timing.level,
    'ICP Disqualifiers': r.disqualifiers.map((d) => d.label).join('; '),
    'ICP Key Evidence': r.criteria
      .filter((c) => c.status === 'match' || c.status === 'miss')
      .map((c) => `${c.status === 'match' ? '+' : '-'} ${c.label}${c.found ? `: ${c.found}` : ''}`)
      .join('; '),
    'Rep Answers': [...repValues, ...answers].join('; '),
    'ICP Version': String(r.icpVersion),
  };
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCell(v)]));
}

export function accountsToCsv(accounts: AccountRecord[], flavor: CrmFlavor): string {
  const h = HEADERS[flavor];
  return Papa.unparse(
    accounts.map((a) => exportRow(a, h)),
    { newline: '\r\n' },
  );
}

/** Every stored field, for a full backup or another tool. */
export function accountsToJson(accounts: AccountRecord[]): string {
  return JSON.stringify({ format: 'icp-lens-accounts', version: 1, accounts }, null, 2);
}
