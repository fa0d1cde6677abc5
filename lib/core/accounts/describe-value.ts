import type { Location, NumberRange } from '../hints/page-hints';
import { formatCount, formatUsd } from '../scoring/format';
import type { CompanyField } from './field-compare';

const LABELS: Partial<Record<CompanyField, string>> = {
  industry: 'Industry',
  employees: 'Employees',
  revenueUsd: 'Revenue',
  hq: 'Headquarters',
  foundedYear: 'Founded',
  domain: 'Website',
  name: 'Name',
};

export function fieldLabel(field: CompanyField): string {
  return LABELS[field] ?? field;
}

/** A company field's value in words, as the panel shows it. */
export function describeValue(field: CompanyField, value: unknown): string {
  switch (field) {
    case 'employees':
      return `${formatCount(value as NumberRange)} employees`;
    case 'revenueUsd':
      return formatUsd(value as NumberRange);
    case 'hq': {
      const { city, region, country } = value as Location;
      return [city, region, country].filter(Boolean).join(', ');
    }
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
