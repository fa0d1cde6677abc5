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
