// Generates a deals CSV whose outcomes depend on known attributes plus
// noise, so tests can check that a back-test finds the planted signal.
// `npx tsx tests/backtest/generate-deals.ts <rows> [seed] > deals.csv`

/** mulberry32: small, fast and the same on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDUSTRIES = [
  'Software Development',
  'Retail',
  'Banking',
  'Manufacturing',
  'Hospitals and Health Care',
  'Advertising Services',
];
const COUNTRIES = ['United States', 'United Kingdom', 'Germany', 'Brazil', 'India', 'Japan'];
const CORE = new Set(['United States', 'United Kingdom', 'Germany']);
/** Drawn independently of the outcome: a criterion on it must find nothing. */
const STACKS = ['HubSpot', 'Salesforce', 'Zendesk', 'Shopify'];

/** The profile that truly drives wins in the generated data. */
export const PLANTED = {
  industry: 'Software Development',
  employees: { min: 50, max: 500 },
  countries: ['US', 'GB', 'DE'],
};

export function generateDeals(rows: number, seed = 42): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const lines = [
    'Company name,Website,Industry,Number of Employees,Annual Revenue,Country/Region,Technologies,Deal Stage,Amount,Close Date',
  ];
  for (let i = 1; i <= rows; i += 1) {
    const industry = pick(INDUSTRIES);
    const employees = Math.round(
      Math.exp(Math.log(5) + random() * (Math.log(20000) - Math.log(5))),
    );
    const country = pick(COUNTRIES);
    const revenue = employees * Math.round(80_000 + random() * 170_000);
    const stack = pick(STACKS);
    const p =
      0.08 +
      (industry === PLANTED.industry ? 0.3 : 0) +
      (employees >= 50 && employees <= 500 ? 0.25 : 0) +
      (CORE.has(country) ? 0.15 : 0);
    const stage = random() < 0.1 ? 'Open' : random() < p ? 'Closed Won' : 'Closed Lost';
    const amount = Math.round(5_000 + random() * 95_000);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    lines.push(
      `"Company ${i}, Inc.",company${i}.example,${industry},${employees},${revenue},${country},${stack},${stage},${amount},2026-${month}-15`,
    );
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1]?.endsWith('generate-deals.ts')) {
  process.stdout.write(
    generateDeals(Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 42)),
  );
}

/** What a messy export holds, for a test to check the import against. */
export interface MessyExport {
  csv: string;
  /** Data rows written, duplicates and rows without an outcome included. */
  rows: number;
  /** Distinct deals that have an outcome: the import must keep every one. */
  dealsWithOutcome: number;
  /** Rows repeating an earlier deal id. */
  duplicates: number;
  /** Rows without an outcome. */
  withoutOutcome: number;
  /** Cells no reader can make sense of, as [row, column]. */
  unreadable: [number, string][];
}

const MESSY_COUNTRIES = [
  'Philipines',
  'Korea',
  'UK',
  'Deutschland',
  'USA',
  'Holland',
  'Untied States',
  'España',
  'FR',
  'Brasil',
];
const MESSY_INDUSTRIES = [
  'technolgy',
  'medical',
  'Computer Software',
  'Sofware Development',
  'Widgets & Gadgets',
  'Retail',
];
const STAGES_WON = ['Closed Won', 'Won', '1', 'closed_won'];
const STAGES_LOST = ['Closed Lost', 'Lost', 'Disqualified', '0'];
const STAGES_OPEN = ['Negotiation/Review', 'Proposal', 'Qualification'];

/**
 * A CRM-style export with every kind of mess the import must read: country
 * names misspelt, short or foreign, industries outside the taxonomy, revenue
 * in millions stated only in the header, amounts with currency symbols in
 * both decimal conventions, many stage names, several date formats, deal ids
 * repeated, some rows without an outcome and some cells nothing can read.
 */
export function generateMessyExport(rows: number, seed = 42): MessyExport {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    'Opportunity ID,Account Name,Industry,Employees,Annual Revenue ($M),Billing Country,Stage,Amount,Close Date',
  ];
  const out: MessyExport = {
    csv: '',
    rows: 0,
    dealsWithOutcome: 0,
    duplicates: 0,
    withoutOutcome: 0,
    unreadable: [],
  };
  // Lines written so far, and whether each had an outcome, for repeating one.
  const written: { line: string; hasOutcome: boolean }[] = [];
  for (let i = 1; i <= rows; i += 1) {
    const row = i;
    if (written.length > 0 && random() < 0.03) {
      // The CRM exports the same deal twice (one line per product, say).
      const earlier = pick(written);
      lines.push(earlier.line);
      out.rows += 1;
      if (earlier.hasOutcome) out.duplicates += 1;
      else out.withoutOutcome += 1;
      continue;
    }
    const id = `OPP-${String(i).padStart(6, '0')}`;
    const unreadable = (column: string, good: string, bad: string) => {
      if (random() < 0.02) {
        cells.push([row, column]);
        return bad;
      }
      return good;
    };
    const cells: [number, string][] = [];
    const employees = unreadable('Employees', String(5 + Math.floor(random() * 5000)), 'lots');
    const revenue = (random() * 200).toFixed(1);
    const revenueText = random() < 0.5 ? revenue.replace('.', ',') : revenue;
    const country = unreadable('Billing Country', pick(MESSY_COUNTRIES), 'Atlantis');
    const roll = random();
    const stage =
      roll < 0.04
        ? ''
        : roll < 0.15
          ? pick(STAGES_OPEN)
          : roll < 0.5
            ? pick(STAGES_WON)
            : pick(STAGES_LOST);
    const amount = 1000 + Math.floor(random() * 90000);
    const amountText = unreadable(
      'Amount',
      random() < 0.5
        ? `€ ${amount.toLocaleString('de-DE')},50`
        : `$${amount.toLocaleString('en-US')}.50`,
      'TBD',
    );
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const dateText = unreadable(
      'Close Date',
      pick([
        `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        `${day}.${month}.2025`,
        `${month}/${day}/2025`,
        `${day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} 2025`,
      ]),
      'next quarter',
    );
    const line = [
      id,
      `Account ${i}`,
      pick(MESSY_INDUSTRIES),
      employees,
      revenueText,
      country,
      stage,
      amountText,
      dateText,
    ]
      .map(quote)
      .join(',');
    lines.push(line);
    written.push({ line, hasOutcome: stage !== '' });
    out.rows += 1;
    if (!stage) out.withoutOutcome += 1;
    else {
      out.dealsWithOutcome += 1;
      out.unreadable.push(...cells);
    }
  }
  out.csv = lines.join('\n') + '\n';
  return out;
}
