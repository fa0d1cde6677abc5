import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtest } from '../../../lib/core/backtest/backtest';
import { guessMapping } from '../../../lib/core/backtest/columns';
import { rocAuc } from '../../../lib/core/backtest/metrics';
import { parseDeals } from '../../../lib/core/backtest/parse-deals';
import { icpConfigSchema, type IcpConfigInput } from '../../../lib/core/icp/schema';
import { generateDeals, PLANTED } from '../../backtest/generate-deals';

const tiers = [
  { id: 'a', label: 'A', minScore: 75 },
  { id: 'b', label: 'B', minScore: 40 },
  { id: 'c', label: 'C', minScore: 0 },
];
const icpWith = (criteria: IcpConfigInput['segments'][number]['criteria']) =>
  icpConfigSchema.parse({
    schemaVersion: 2,
    name: 'Test',
    version: 1,
    tiers,
    segments: [{ id: 's', name: 'S', criteria }],
  });

const trueProfile = icpWith([
  {
    id: 'industry',
    label: 'Software',
    weight: 40,
    rule: { field: 'industry', anyOf: [PLANTED.industry] },
  },
  { id: 'size', label: '50-500', weight: 35, rule: { field: 'employees', ...PLANTED.employees } },
  {
    id: 'hq',
    label: 'Core markets',
    weight: 25,
    rule: { field: 'hq', countries: PLANTED.countries },
  },
]);
// A criterion on an attribute drawn independently of the outcome.
const randomProfile = icpWith([
  {
    id: 'stack',
    label: 'Zendesk or Shopify',
    weight: 50,
    rule: { field: 'technologies', anyOf: ['Zendesk', 'Shopify'] },
  },
]);

describe('rocAuc', () => {
  it('matches a known value', () => {
    // The classic example: labels 0,0,1,1 with scores .1,.4,.35,.8 -> 0.75.
    const auc = rocAuc([
      { score: 0.1, won: false },
      { score: 0.4, won: false },
      { score: 0.35, won: true },
      { score: 0.8, won: true },
    ]);
    expect(auc).toBeCloseTo(0.75, 10);
  });

  it('counts ties as half and needs both classes', () => {
    expect(
      rocAuc([
        { score: 1, won: true },
        { score: 1, won: false },
      ]),
    ).toBe(0.5);
    expect(rocAuc([{ score: 1, won: true }])).toBeUndefined();
  });
});

describe('parseDeals', () => {
  it('guesses HubSpot and Salesforce headers', () => {
    expect(
      guessMapping([
        'Account Name',
        'Website',
        'Industry',
        'Employees',
        'Annual Revenue',
        'Billing Country',
        'Stage',
        'Amount',
        'Close Date',
      ]),
    ).toEqual({
      name: 'Account Name',
      domain: 'Website',
      industry: 'Industry',
      employees: 'Employees',
      revenue: 'Annual Revenue',
      country: 'Billing Country',
      outcome: 'Stage',
      dealValue: 'Amount',
      closeDate: 'Close Date',
    });
  });

  it('reads a BOM, quoted fields with commas and quotes, semicolons and blank lines', async () => {
    const csv =
      '\uFEFFName;Industry;Employees;Country;Outcome\n"Acme; ""the"" best";Software Development;"1,200";USA;Closed Won\n\n\nBeta;Retail;12;Germany;lost\n';
    const parsed = await parseDeals(csv);
    expect(parsed.errors).toEqual([]);
    expect(
      parsed.deals.map((d) => [d.name, d.outcome, d.facts.company?.employees, d.facts.company?.hq]),
    ).toEqual([
      ['Acme; "the" best', 'won', { min: 1200, max: 1200 }, { country: 'US' }],
      ['Beta', 'lost', { min: 12, max: 12 }, { country: 'DE' }],
    ]);
  });

  it('keeps a deal whose field cannot be read, lists the field, and sets aside only rows without an outcome', async () => {
    // Issue 17 reverses issue 7's rule: an unreadable optional field used to
    // reject the row; now it becomes unknown for that deal and is listed.
    const csv =
      'Name,Employees,Country,Revenue,Outcome,Amount\nGood,10,US,$5M,won,100\nNoOutcome,10,US,,,\nBadSize,many,US,,lost,\nBadCountry,10,Atlantis,,won,\nBadStage,10,US,,maybe,\nBadAmount,10,US,,won,lots\nAlsoGood,20,Canada,,open,\n';
    const parsed = await parseDeals(csv);
    expect(parsed.deals.map((d) => d.name)).toEqual([
      'Good',
      'BadSize',
      'BadCountry',
      'BadAmount',
      'AlsoGood',
    ]);
    expect(parsed.errors).toEqual([
      { row: 2, problem: 'no outcome (won, lost or open)' },
      { row: 5, problem: 'stage "maybe" is not mapped to won, lost or open' },
    ]);
    expect(parsed.summary.unread.map((u) => [u.row, u.column, u.value])).toEqual([
      [3, 'Employees', 'many'],
      [4, 'Country', 'Atlantis'],
      [6, 'Amount', 'lots'],
    ]);
    expect(parsed.summary.unread.every((u) => u.tried.length > 10)).toBe(true);
    expect(parsed.summary).toMatchObject({
      rowsRead: 7,
      kept: 5,
      withUnknownFields: 3,
      setAside: 2,
    });
    const bad = parsed.deals.find((d) => d.name === 'BadCountry')!;
    expect(bad.facts.company?.hq).toBeUndefined();
    expect(bad.facts.company?.employees).toEqual({ min: 10, max: 10 });
  });

  it('refuses a file without an outcome column, naming the headers it found', async () => {
    await expect(parseDeals('Name,Industry\nAcme,Retail\n')).rejects.toThrow(
      'no outcome column found among: Name, Industry',
    );
  });
});

describe('backtest on generated deals', () => {
  it('finds the planted signal with the true profile, and none with a random one', async () => {
    const parsed = await parseDeals(generateDeals(4000, 7));
    const truth = backtest(parsed.deals, trueProfile, parsed.errors);
    const noise = backtest(parsed.deals, randomProfile, parsed.errors);
    expect(truth.rejected).toBe(0);
    expect(truth.auc).toBeGreaterThan(0.7);
    expect(Math.abs(noise.auc! - 0.5)).toBeLessThan(0.05);
    expect(truth.topTier?.tierId).toBe('a');
    expect(truth.topTier!.lift!).toBeGreaterThan(1.5);
    // The true criteria separate won from lost; the random ones do not.
    for (const row of truth.criteria) expect(row.separation!).toBeGreaterThan(0.1);
    for (const row of noise.criteria) expect(Math.abs(row.separation!)).toBeLessThan(0.05);
  });

  it('is the same for the same seed', async () => {
    expect(generateDeals(50, 3)).toBe(generateDeals(50, 3));
    expect(generateDeals(50, 3)).not.toBe(generateDeals(50, 4));
  });
});

describe('backtest CLI', () => {
  it('prints the report ending with the summary line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'icp-lens-bt-'));
    const file = path.join(dir, 'deals.csv');
    writeFileSync(
      file,
      generateDeals(500, 11) +
        'Broken,x.example,Retail,lots,1,US,Zendesk,Closed Won,1,2026-01-01\n',
    );
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'lib/node/cli/backtest.ts', file],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const last = result.stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(
      /^backtest: auc=0\.\d{3} top-tier-win-rate=0\.\d{3} base-win-rate=0\.\d{3} rows=501 rejected=0$/,
    );
    // The unreadable size no longer drops the deal: it is listed with the column.
    expect(result.stdout).toContain('row 501, column "Number of Employees": "lots"');
    expect(result.stdout).toContain('501 rows read: 501 deals kept (1 with unknown fields)');
  });

  it('exits 2 with one line for a missing file', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'lib/node/cli/backtest.ts', 'nope.csv'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^backtest: cannot read file nope\.csv: ENOENT\n$/);
  });
});
