import { describe, expect, it } from 'vitest';
import { backtest } from '../../../lib/core/backtest/backtest';
import { guessMapping, scaleFromHeader } from '../../../lib/core/backtest/columns';
import { dateFromCell } from '../../../lib/core/backtest/dates';
import { formatReport } from '../../../lib/core/backtest/format-report';
import { parseDeals } from '../../../lib/core/backtest/parse-deals';
import { defaultOutcome } from '../../../lib/core/backtest/stages';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { readCountry } from '../../../lib/core/normalize/countries';
import { readIndustry } from '../../../lib/core/normalize/industry';
import { allowedTypos, editDistance } from '../../../lib/core/normalize/edit-distance';
import { amountFromCell } from '../../../lib/core/normalize/money';
import { generateMessyExport } from '../../backtest/generate-deals';

describe('reading messy CRM fields', () => {
  it.each([
    ['Philipines', 'PH', true],
    ['Korea', 'KR', false],
    ['UK', 'GB', false],
    ['Deutschland', 'DE', false],
    ['USA', 'US', false],
    ['Holland', 'NL', false],
    ['España', 'ES', false],
    ['Untied States', 'US', true],
  ])('country %s → %s', (text, code, noted) => {
    const reading = readCountry(text);
    expect(reading?.code).toBe(code);
    expect(reading?.note !== undefined).toBe(noted);
    if (noted) expect(reading!.note).toContain(`read as ${code}`);
  });

  it('counts edits, a swap of neighbours as one, and allows none under 5 letters', () => {
    expect(editDistance('philipines', 'philippines')).toBe(1);
    expect(editDistance('untied states', 'united states')).toBe(1);
    expect(editDistance('germany', 'germany')).toBe(0);
    expect(editDistance('atlantis', 'albania', 2)).toBe(3);
    expect([4, 5, 8, 9].map(allowedTypos)).toEqual([0, 1, 1, 2]);
  });

  it('reads no country from a name that is near none, or from a short unknown code', () => {
    expect(readCountry('Atlantis')).toBeUndefined();
    expect(readCountry('ZZ')).toBeUndefined();
    expect(readCountry('Mars')).toBeUndefined();
  });

  it('maps industries outside the taxonomy with a note, or keeps the value', () => {
    expect(readIndustry('technolgy')).toMatchObject({
      industry: 'Technology, Information and Internet',
      note: expect.stringContaining('read as'),
    });
    expect(readIndustry('medical').industry).toBe('Hospitals and Health Care');
    expect(readIndustry('medical').note).toContain('read as');
    expect(readIndustry('Computer Software')).toEqual({ industry: 'Software Development' });
    expect(readIndustry('Widgets & Gadgets')).toMatchObject({
      industry: 'Widgets & Gadgets',
      note: expect.stringContaining('kept as written'),
    });
  });

  it('reads units from revenue headers', () => {
    expect(scaleFromHeader('Annual Revenue ($M)')).toBe(1e6);
    expect(scaleFromHeader('Revenue in millions')).toBe(1e6);
    expect(scaleFromHeader('ARR (k)')).toBe(1e3);
    expect(scaleFromHeader('Revenue (bn)')).toBe(1e9);
    expect(scaleFromHeader('Annual Revenue')).toBe(1);
    expect(guessMapping(['Annual Revenue ($M)', 'Stage']).revenue).toBe('Annual Revenue ($M)');
  });

  it('reads amounts in both decimal conventions and with currency symbols', () => {
    expect(amountFromCell('1.234,50')).toEqual({ amount: 1234.5 });
    expect(amountFromCell('1,234.50')).toEqual({ amount: 1234.5 });
    expect(amountFromCell('€ 1.200')).toEqual({ amount: 1200, currency: 'EUR' });
    expect(amountFromCell('$5,000')).toEqual({ amount: 5000, currency: 'USD' });
    expect(amountFromCell('TBD')).toBeUndefined();
  });

  it.each([
    ['2026-03-15', '2026-03-15'],
    ['2026-03-15T10:00:00Z', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
    ['3/15/2026', '2026-03-15'],
    ['15/3/2026', '2026-03-15'],
    ['15 Mar 2026', '2026-03-15'],
    ['March 15, 2026', '2026-03-15'],
    ['46096', '2026-03-15'],
  ])('date %s → %s', (text, iso) => {
    expect(dateFromCell(text)).toBe(iso);
  });

  it('rejects dates that do not exist', () => {
    expect(dateFromCell('2026-02-30')).toBeUndefined();
    expect(dateFromCell('next quarter')).toBeUndefined();
  });

  it.each([
    ['Closed Won', 'won'],
    ['Won', 'won'],
    ['1', 'won'],
    ['Closed Lost', 'lost'],
    ['Lost', 'lost'],
    ['Disqualified', 'lost'],
    ['Negotiation/Review', 'open'],
    ['Appointment scheduled', 'open'],
  ])('stage %s → %s', (stage, outcome) => {
    expect(defaultOutcome(stage)).toBe(outcome);
  });

  it('lets the preview map a stage the defaults do not know', async () => {
    const csv = 'Name,Stage\nA,Signed contract\nB,Gone quiet\nC,Won\n';
    const plain = await parseDeals(csv);
    expect(plain.deals.map((d) => d.name)).toEqual(['C']);
    expect(plain.summary.stages.map((s) => [s.stage, s.outcome])).toEqual([
      ['Signed contract', undefined],
      ['Gone quiet', undefined],
      ['Won', 'won'],
    ]);
    const mapped = await parseDeals(csv, {
      read: { stages: { 'signed contract': 'won', 'gone quiet': 'lost' } },
    });
    expect(mapped.deals.map((d) => [d.name, d.outcome])).toEqual([
      ['A', 'won'],
      ['B', 'lost'],
      ['C', 'won'],
    ]);
  });

  it('takes the revenue unit from the preview when the header has none', async () => {
    const csv = 'Name,Revenue,Stage\nA,12.5,Won\n';
    const parsed = await parseDeals(csv, { read: { revenueScale: 1e6 } });
    expect(parsed.deals[0]!.facts.company?.revenueUsd).toEqual({
      min: 12_500_000,
      max: 12_500_000,
    });
  });
});

describe('a generated messy export', () => {
  it.each([1, 2, 3])(
    'loses no deal with an outcome and names each unread field (seed %i)',
    async (seed) => {
      const messy = generateMessyExport(1500, seed);
      const parsed = await parseDeals(messy.csv);
      const { summary } = parsed;
      expect(summary.rowsRead).toBe(messy.rows);
      expect(summary.kept).toBe(messy.dealsWithOutcome);
      expect(summary.duplicates).toBe(messy.duplicates);
      expect(summary.setAside).toBe(messy.withoutOutcome);
      expect(new Set(parsed.deals.map((d) => d.id)).size).toBe(parsed.deals.length);
      expect(summary.unread.map((u) => [u.row, u.column])).toEqual(
        [...messy.unreadable].sort((a, b) => a[0] - b[0]),
      );
      // Everything else was read: every deal but those listed has a country and a date.
      const listed = new Set(summary.unread.map((u) => `${u.row}/${u.column}`));
      for (const deal of parsed.deals) {
        if (!listed.has(`${deal.row}/Billing Country`))
          expect(deal.facts.company?.hq).toBeDefined();
        if (!listed.has(`${deal.row}/Close Date`))
          expect(deal.closeDate).toMatch(/^2025-\d\d-\d\d$/);
        if (!listed.has(`${deal.row}/Amount`)) expect(deal.value).toBeGreaterThan(0);
        expect(deal.facts.company?.revenueUsd?.min ?? 0).toBeLessThanOrEqual(200e6);
      }
      expect(summary.notes.map((n) => n.value)).toEqual(
        expect.arrayContaining(['Philipines', 'Untied States', 'technolgy', 'Widgets & Gadgets']),
      );
      const text = formatReport(
        backtest(parsed.deals, sampleIcp, parsed.errors, { reading: summary }),
      );
      expect(text).toContain(
        `${messy.rows} rows read: ${messy.dealsWithOutcome} deals kept (${summary.withUnknownFields} with unknown fields), ${messy.withoutOutcome} set aside, ${messy.duplicates} duplicate deal ids counted once`,
      );
      expect(text).toContain('"Philipines" read as PH');
      const [row, column] = messy.unreadable[0]!;
      expect(text).toContain(`row ${row}, column "${column}"`);
    },
  );
});
