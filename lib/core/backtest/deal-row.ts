import { countryCode } from '../normalize/countries';
import { employeesFromText } from '../normalize/employees';
import { canonicalIndustry } from '../normalize/industry';
import { revenueFromText } from '../normalize/revenue';
import type { CompanyHints } from '../hints/page-hints';
import type { ScoringFacts } from '../scoring/facts';
import type { ColumnMapping } from './columns';

export type Outcome = 'won' | 'lost' | 'open';

export interface Deal {
  /** 1-based data row number in the file (the header is row 0). */
  row: number;
  name: string;
  facts: ScoringFacts;
  outcome: Outcome;
  value?: number;
  closeDate?: string;
}

export interface RowError {
  row: number;
  problem: string;
}

const WON = /^(won|closed ?won|win|yes|true|1)$/i;
const LOST = /^(lost|closed ?lost|loss|no|false|0|churned)$/i;
const OPEN = /^(open|pending|in progress|negotiation|proposal|qualified|discovery|demo)/i;

function outcomeOf(text: string): Outcome | undefined {
  const t = text.trim();
  if (WON.test(t)) return 'won';
  if (LOST.test(t)) return 'lost';
  if (OPEN.test(t)) return 'open';
  return undefined;
}

function numberOf(text: string): number | undefined {
  const cleaned = text.replace(/[$€£,\s]/g, '');
  if (!cleaned) return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * One CSV row as a deal, or the reason it cannot be used. A bad value in an
 * optional column is reported rather than guessed; only a missing or
 * unreadable outcome makes the row unusable.
 */
export function dealFromRow(
  record: Record<string, string | undefined>,
  row: number,
  mapping: ColumnMapping,
): Deal | RowError {
  const get = (field: keyof ColumnMapping) => {
    const column = mapping[field];
    return column ? (record[column] ?? '').trim() : '';
  };
  const outcomeText = get('outcome');
  if (!outcomeText) return { row, problem: 'no outcome (won, lost or open)' };
  const outcome = outcomeOf(outcomeText);
  if (!outcome)
    return { row, problem: `outcome "${outcomeText.slice(0, 40)}" is not won, lost or open` };

  const company: CompanyHints = {};
  const evidence: Record<string, string> = {};
  const note = (field: string) =>
    (evidence[`company.${field}`] =
      `CSV row ${row}, column "${mapping[field as keyof ColumnMapping]}"`);
  const name = get('name');
  if (name) company.name = name.slice(0, 200);
  const domain = get('domain')
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/.*$/, '');
  if (domain) company.domain = domain.toLowerCase().slice(0, 253);

  const industry = get('industry');
  if (industry) {
    company.industry = canonicalIndustry(industry) ?? industry.slice(0, 120);
    note('industry');
  }
  const employeesText = get('employees');
  if (employeesText) {
    const employees = employeesFromText(employeesText);
    if (!employees)
      return { row, problem: `employees "${employeesText.slice(0, 40)}" is not a number or range` };
    company.employees = employees;
    note('employees');
  }
  const revenueText = get('revenue');
  if (revenueText) {
    const plain = numberOf(revenueText);
    const revenue = plain !== undefined ? { min: plain, max: plain } : revenueFromText(revenueText);
    if (!revenue) return { row, problem: `revenue "${revenueText.slice(0, 40)}" is not an amount` };
    company.revenueUsd = revenue;
    note('revenueUsd');
  }
  const countryText = get('country');
  if (countryText) {
    const country = countryCode(countryText);
    if (!country) return { row, problem: `country "${countryText.slice(0, 40)}" is not a country` };
    company.hq = { country };
    note('hq');
  }
  const technologies = get('technologies')
    .split(/[;,|]/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 100)
    .map((t) => ({ name: t, categories: [], evidence: `CSV row ${row}` }));

  const valueText = get('dealValue');
  const value = valueText ? numberOf(valueText) : undefined;
  if (valueText && value === undefined)
    return { row, problem: `deal value "${valueText.slice(0, 40)}" is not an amount` };
  const closeDate = get('closeDate');

  return {
    row,
    name: company.name ?? company.domain ?? `row ${row}`,
    facts: { company, technologies, evidence },
    outcome,
    ...(value !== undefined && { value }),
    ...(closeDate && { closeDate: closeDate.slice(0, 40) }),
  };
}

export function isRowError(value: Deal | RowError): value is RowError {
  return 'problem' in value;
}
