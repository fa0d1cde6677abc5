// Timing matches the typed signal data against whatever the ICP names: a
// data team's ICP matches a careers page hiring data engineers, as the
// sample's sales ICP matches sellers.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icpConfigSchema, type IcpConfig } from '../../../lib/core/icp/schema';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import type { SignalHint } from '../../../lib/core/hints/page-hints';
import { timingFor } from '../../../lib/core/scoring/timing';
import { extractPage } from '../../../lib/node/extract-page';
import { parseHtml } from '../../../lib/node/parse-html';

const withSignals = (buyingSignals: unknown[]): IcpConfig =>
  icpConfigSchema.parse({
    ...JSON.parse(JSON.stringify(sampleIcp)),
    buyingSignals,
    timing: { warm: 10, hot: 50 },
  });

const careersPage = (titles: string[]) =>
  extractPage(
    parseHtml(
      `<!DOCTYPE html><html><head><title>Datawerk GmbH</title><meta property="og:site_name" content="Datawerk"></head><body>
        <header><nav><a href="/">Start</a><a href="/karriere">Karriere</a></nav></header>
        <main><h1>Offene Stellen</h1><ul>${titles.map((t, i) => `<li><a href="/karriere/${i}">${t}</a></li>`).join('')}</ul></main>
      </body></html>`,
    ),
    'https://www.datawerk.de/karriere',
  ).signals;

const ids = (signals: SignalHint[], icp: IcpConfig) =>
  timingFor(signals, icp).signals.map((s) => s.id);

describe('hiring rules', () => {
  const dataTeam = withSignals([
    {
      id: 'data-engineers',
      label: 'Hiring data engineers',
      weight: 20,
      rule: { type: 'hiring', roles: ['Data Engineer'] },
    },
    {
      id: 'data-dept',
      label: 'Hiring in data',
      weight: 10,
      rule: { type: 'hiring', departments: ['data'] },
    },
    {
      id: 'senior-eng',
      label: 'Hiring senior engineers',
      weight: 10,
      rule: { type: 'hiring', departments: ['engineering'], seniorities: ['senior', 'lead'] },
    },
  ]);

  it('matches a careers page listing "Data Engineer (m/w/d)" for an ICP that wants data engineers', () => {
    const signals = careersPage(['Data Engineer (m/w/d)', 'Buchhalter (m/w/d)']);
    expect(ids(signals, dataTeam)).toEqual(['data-engineers', 'data-dept']);
    // The sample's sales ICP finds no seller among them.
    expect(ids(signals, sampleIcp).filter((id) => id === 'hiring-sales')).toEqual([]);
  });

  it('needs a title that fits every part the rule names', () => {
    expect(ids(careersPage(['Softwareentwickler (m/w/d)']), dataTeam)).toEqual([]);
    expect(ids(careersPage(['Senior Softwareentwickler (m/w/d)']), dataTeam)).toEqual([
      'senior-eng',
    ]);
    expect(ids(careersPage(['Ingénieur logiciel confirmé']), dataTeam)).toEqual(['senior-eng']);
  });

  it('reads a role word that names a department as the department', () => {
    const sales = withSignals([
      { id: 's', label: 'Sales', weight: 20, rule: { type: 'hiring', roles: ['Sales'] } },
    ]);
    expect(ids(careersPage(['Vertriebsleiter (m/w/d)']), sales)).toEqual(['s']);
    expect(ids(careersPage(['Data Engineer (m/w/d)']), sales)).toEqual([]);
  });
});

describe('funding, expansion and job-count rules', () => {
  const icp = withSignals([
    {
      id: 'series-b-plus',
      label: 'B or C',
      weight: 20,
      rule: { type: 'funding', rounds: ['series-b', 'series-c'] },
    },
    { id: 'big-round', label: '$20M+', weight: 20, rule: { type: 'funding', minAmountUsd: 20e6 } },
    {
      id: 'office',
      label: 'New office',
      weight: 10,
      rule: { type: 'expansion', kinds: ['office'] },
    },
    { id: 'jobs', label: '10+ jobs', weight: 10, rule: { type: 'job-count', min: 10 } },
  ]);
  const funding = (f: SignalHint['funding']): SignalHint => ({
    type: 'funding',
    detail: 'x',
    evidence: 'e',
    funding: f,
  });

  it('matches the round, the amount in dollars and the kind of expansion', () => {
    expect(
      ids([funding({ round: 'series-b', amount: { value: 20e6, currency: 'EUR' } })], icp),
    ).toEqual(['series-b-plus', 'big-round']);
    expect(ids([funding({ round: 'seed', amount: { value: 5e6, currency: 'USD' } })], icp)).toEqual(
      [],
    );
    // A round whose amount is unknown is no big round, and an unnamed round is no Series B.
    expect(ids([funding({ amount: { value: 30e6, currency: 'USD' } })], icp)).toEqual([
      'big-round',
    ]);
    const expansion = (kind: 'office' | 'market'): SignalHint => ({
      type: 'expansion',
      detail: 'x',
      evidence: 'e',
      expansion: { kind, place: 'Berlin' },
    });
    expect(ids([expansion('office')], icp)).toEqual(['office']);
    expect(ids([expansion('market')], icp)).toEqual([]);
  });

  it('counts the jobs the page states', () => {
    const html = readFileSync(
      new URL('../../fixtures/site-careers-page.html', import.meta.url),
      'utf8',
    );
    const signals = extractPage(
      parseHtml(html),
      'https://www.northwind-analytics.com/careers',
    ).signals;
    expect(ids(signals, icp)).toEqual(['jobs']);
  });
});

describe('the sample ICP on the fixtures', () => {
  it('still finds sellers on the careers page', () => {
    const html = readFileSync(
      new URL('../../fixtures/site-careers-page.html', import.meta.url),
      'utf8',
    );
    const signals = extractPage(
      parseHtml(html),
      'https://www.northwind-analytics.com/careers',
    ).signals;
    expect(timingFor(signals, sampleIcp).signals.map((s) => s.id)).toContain('hiring-sales');
  });
});
