import { readCountry } from '../normalize/countries';
import { employeesFromText } from '../normalize/employees';
import { USD_PER_UNIT } from '../normalize/exchange-rates';
import { readIndustry } from '../normalize/industry';
import { amountFromCell } from '../normalize/money';
import { revenueFromText } from '../normalize/revenue';
import type { CompanyHints } from '../hints/page-hints';
import type { ScoringFacts } from '../scoring/facts';
import { currencyFromHeader, scaleFromHeader, type ColumnMapping, type DealField } from './columns';
import { dateFromCell } from './dates';
import { outcomeOf, type Outcome, type StageMap } from './stages';

export type { Outcome } from './stages';

export interface Deal {
  /** 1-based data row number in the file (the header is row 0). */
  row: number;
  /** The CRM's deal id, when the file has one. */
  id?: string;
  name: string;
  facts: ScoringFacts;
  outcome: Outcome;
  /** Deal value in US dollars when a currency was stated, else as written. */
  value?: number;
  /** ISO yyyy-mm-dd. */
  closeDate?: string;
  /** Fields that could not be read: unknown for this deal, listed in the report. */
  unread?: FieldIssue[];
  /** Fields read by a near match or kept as written, with what was done. */
  notes?: FieldNote[];
}

/** A row set aside as a whole: no outcome, or not a row at all. */
export interface RowError {
  row: number;
  problem: string;
}

/** One field of one deal that could not be read; the deal is kept without it. */
export interface FieldIssue {
  row: number;
  column: string;
  value: string;
  tried: string;
}

export interface FieldNote {
  row: number;
  column: string;
  value: string;
  note: string;
}

export interface ReadOptions {
  /** Stage names (folded) the manager mapped in the preview. */
  stages?: StageMap;
  /** Revenue scale chosen in the preview (1e6 for "in millions"); the header's when absent. */
  revenueScale?: number;
}

const TRIED: Record<string, string> = {
  employees: 'a number or a range such as "51-200"',
  revenue: 'an amount with an optional currency and unit ("$5M", "5.000.000 €")',
  country:
    'ISO codes, country names and aliases in 10 languages, and a near match to one known name',
  dealValue: 'an amount in either decimal convention with an optional currency',
  closeDate: 'yyyy-mm-dd, dd.mm.yyyy, m/d/yyyy, "15 Mar 2026", "March 15, 2026", serial days',
};

/**
 * One CSV row as a deal, or the reason it cannot be used. A value that
 * cannot be read in an optional column becomes unknown for that deal and is
 * listed; only a missing or unmapped outcome sets the row aside.
 */
export function dealFromRow(
  record: Record<string, string | undefined>,
  row: number,
  mapping: ColumnMapping,
  options: ReadOptions = {},
): Deal | RowError {
  const get = (field: keyof ColumnMapping) => {
    const column = mapping[field];
    return column ? (record[column] ?? '').trim() : '';
  };
  const outcomeText = get('outcome');
  if (!outcomeText) return { row, problem: 'no outcome (won, lost or open)' };
  const outcome = outcomeOf(outcomeText, options.stages);
  if (outcome === 'skip')
    return { row, problem: `stage "${outcomeText.slice(0, 40)}" is set aside by the mapping` };
  if (!outcome)
    return {
      row,
      problem: `stage "${outcomeText.slice(0, 40)}" is not mapped to won, lost or open`,
    };

  const unread: FieldIssue[] = [];
  const notes: FieldNote[] = [];
  const column = (field: DealField) => mapping[field] ?? field;
  const cannotRead = (field: DealField, value: string) =>
    unread.push({ row, column: column(field), value: value.slice(0, 60), tried: TRIED[field]! });
  const noteOn = (field: DealField, value: string, note: string) =>
    notes.push({ row, column: column(field), value: value.slice(0, 60), note });

  const company: CompanyHints = {};
  const evidence: Record<string, string> = {};
  const cite = (field: DealField, key: string) =>
    (evidence[`company.${key}`] = `CSV row ${row}, column "${column(field)}"`);
  const name = get('name');
  if (name) company.name = name.slice(0, 200);
  const domain = get('domain')
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/.*$/, '');
  if (domain) company.domain = domain.toLowerCase().slice(0, 253);

  const industryText = get('industry');
  if (industryText) {
    const reading = readIndustry(industryText);
    company.industry = reading.industry;
    if (reading.note) noteOn('industry', industryText, reading.note);
    cite('industry', 'industry');
  }
  const employeesText = get('employees');
  if (employeesText) {
    const employees = employeesFromText(employeesText);
    if (employees) {
      company.employees = employees;
      cite('employees', 'employees');
    } else cannotRead('employees', employeesText);
  }
  const revenueText = get('revenue');
  if (revenueText) {
    const header = mapping.revenue ?? '';
    // The preview's choice, defaulted there from the header; the header alone otherwise.
    const scale = options.revenueScale ?? scaleFromHeader(header);
    const revenue = revenueOf(revenueText, scale, currencyFromHeader(header));
    if (revenue) {
      company.revenueUsd = revenue;
      cite('revenue', 'revenueUsd');
    } else cannotRead('revenue', revenueText);
  }
  const countryText = get('country');
  if (countryText) {
    const reading = readCountry(countryText);
    if (reading) {
      company.hq = { country: reading.code };
      if (reading.note) noteOn('country', countryText, reading.note);
      cite('country', 'hq');
    } else cannotRead('country', countryText);
  }
  const technologies = get('technologies')
    .split(/[;,|]/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 100)
    .map((t) => ({ name: t, categories: [], evidence: `CSV row ${row}` }));

  const valueText = get('dealValue');
  let value: number | undefined;
  if (valueText) {
    const header = mapping.dealValue ?? '';
    const amount = amountFromCell(valueText);
    const rate = USD_PER_UNIT[amount?.currency ?? currencyFromHeader(header) ?? 'USD'];
    if (amount && rate !== undefined)
      value = Math.round(amount.amount * scaleFromHeader(header) * rate);
    else cannotRead('dealValue', valueText);
  }
  const closeText = get('closeDate');
  const closeDate = closeText ? dateFromCell(closeText) : undefined;
  if (closeText && !closeDate) cannotRead('closeDate', closeText);
  const id = get('dealId');

  return {
    row,
    ...(id && { id: id.slice(0, 100) }),
    name: company.name ?? company.domain ?? `row ${row}`,
    facts: { company, technologies, evidence },
    outcome,
    ...(value !== undefined && { value }),
    ...(closeDate && { closeDate }),
    ...(unread.length > 0 && { unread }),
    ...(notes.length > 0 && { notes }),
  };
}

/** Revenue from a cell: "$5M", "5.000.000 €", or a bare number in the header's unit. */
function revenueOf(text: string, scale: number, headerCurrency: string | undefined) {
  const cell = amountFromCell(text);
  if (cell) {
    const rate = USD_PER_UNIT[cell.currency ?? headerCurrency ?? 'USD'];
    if (rate === undefined) return undefined;
    // A unit written in the cell ("5M") wins over the header's: amountFromCell applied it.
    const inCell = /[a-z]\s*$/i.test(text.replace(/[€£$]|\b[A-Z]{3}\b/g, '').trim());
    const usd = Math.round(cell.amount * (inCell ? 1 : scale) * rate);
    return usd <= 10e12 ? { min: usd, max: usd } : undefined;
  }
  return revenueFromText(text);
}

export function isRowError(value: Deal | RowError): value is RowError {
  return 'problem' in value;
}
