// Typed signals in words for a rep, written once from the data: the panel,
// the CRM note and the CLI show these words, and nothing reads them back.

import type { ExpansionSignal, FundingSignal, HiringSignal } from '../hints/page-hints';
import type { Department } from '../jobs/job-kinds';
import { classifyJobTitle } from '../jobs/job-title';
import { formatMoney } from './money';

const DEPARTMENT_WORDS: Partial<Record<Department, string>> = {
  'customer-success': 'customer success',
  people: 'HR',
  it: 'IT',
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Titles shown before "and N more". */
const SHOWN_TITLES = 3;

/** "Hiring 3 engineering roles: Senior Backend Engineer · Data Engineer · QA Engineer", "17 open jobs". */
export function hiringWords(hiring: HiringSignal, careers?: string): string {
  if (hiring.source === 'careers-page') return `Careers page (${careers ?? 'linked'})`;
  if (hiring.source === 'statement') return "We're hiring";
  const n = hiring.count ?? hiring.titles.length;
  if (hiring.titles.length === 0) return `${n} open job${n === 1 ? '' : 's'}`;
  // A department is named only when every title is in it.
  const departments = new Set(hiring.titles.map((t) => classifyJobTitle(t).department));
  const [only] = departments;
  const department = departments.size === 1 && only ? `${DEPARTMENT_WORDS[only] ?? only} ` : '';
  const shown = hiring.titles.slice(0, SHOWN_TITLES).join(' · ');
  const more = hiring.titles.length - SHOWN_TITLES;
  return `Hiring ${n} ${department}role${n === 1 ? '' : 's'}: ${shown}${more > 0 ? ` and ${more} more` : ''}`;
}

/** "Raised $20M Series B, March 2026". */
export function fundingWords(funding: FundingSignal): string {
  const round = funding.round && roundName(funding.round);
  const amount = funding.amount && formatMoney(funding.amount.value, funding.amount.currency);
  const date = funding.date && dateWords(funding.date);
  const raised = ['Raised', amount, round].filter(Boolean).join(' ');
  return date ? `${raised}, ${date}` : raised;
}

/** "New office in Berlin", "New headquarters in Austin", "Expanding into UK". */
export function expansionWords(expansion: ExpansionSignal): string {
  const place = expansion.place ?? 'a new place';
  switch (expansion.kind) {
    case 'office':
      return `New office in ${place}`;
    case 'headquarters':
      return `New headquarters in ${place}`;
    case 'market':
      return `Expanding into ${place}`;
  }
}

/** "series-b" → "Series B", "pre-seed" → "Pre-seed". */
function roundName(round: string): string {
  const series = /^series-([a-h])$/.exec(round)?.[1];
  return series ? `Series ${series.toUpperCase()}` : round.charAt(0).toUpperCase() + round.slice(1);
}

/** "2017-03-08" → "March 8, 2017", "2026-03" → "March 2026", "2026" → "2026". */
function dateWords(date: string): string {
  const [year, month, day] = date.split('-');
  const name = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (!name) return year ?? date;
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}
