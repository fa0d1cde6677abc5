import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AccountRecord } from '../../../lib/core/accounts/account';
import { accountsToCsv, accountsToJson } from '../../../lib/core/accounts/export';
import { mergeFacts, setRepValue } from '../../../lib/core/accounts/merge';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { score } from '../../../lib/core/scoring/score';

function account(name: string, description = 'B2B teams'): AccountRecord {
  let facts = mergeFacts(
    undefined,
    {
      url: 'https://www.linkedin.com/company/x/',
      kind: 'linkedin-company',
      company: {
        name,
        industry: 'Software Development',
        employees: { min: 51, max: 200 },
        hq: { city: 'Austin', region: 'TX', country: 'US' },
        description,
      },
      technologies: [],
      signals: [],
      evidence: {},
    },
    1,
  );
  facts = setRepValue(facts, 'revenueUsd', { min: 40e6, max: 40e6 }, 2);
  facts = { ...facts, answers: { budget: { status: 'match', note: 'yes, $150k', at: 3 } } };
  return {
    id: 'acme.com',
    domain: 'acme.com',
    facts,
    sources: [],
    score: score(facts, sampleIcp),
    createdAt: 1,
    updatedAt: 3,
  };
}

describe('account export', () => {
  it('writes HubSpot’s company columns plus the qualification', () => {
    const rows = Papa.parse<Record<string, string>>(
      accountsToCsv([account('Acme, "Inc"')], 'hubspot'),
      { header: true },
    ).data;
    expect(rows[0]).toMatchObject({
      'Company name': 'Acme, "Inc"',
      'Company Domain Name': 'acme.com',
      Industry: 'Software Development',
      'Number of Employees': '200',
      'Annual Revenue': '40000000',
      City: 'Austin',
      'State/Region': 'TX',
      'Country/Region': 'US',
      'ICP Tier': 'A',
      'ICP Segment': 'Venture-backed scale-up',
      'ICP Timing': 'cold',
    });
    expect(rows[0]!['Rep Answers']).toBe('revenueUsd: $40M; budget: match (yes, $150k)');
    expect(rows[0]!['ICP Key Evidence']).toContain(
      '+ Builds or runs software: Software Development',
    );
  });

  it('writes Salesforce’s account columns', () => {
    const [header] = accountsToCsv([account('Acme')], 'salesforce').split('\r\n');
    expect(header).toMatch(
      /^Account Name,Website,Industry,Employees,Annual Revenue,Billing City,Billing State\/Province,Billing Country,/,
    );
  });

  it('never lets page text become a spreadsheet formula', () => {
    const csv = accountsToCsv([account('=HYPERLINK("http://evil.example","click")')], 'hubspot');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows[0]!['Company name']).toBe('\'=HYPERLINK("http://evil.example","click")');
  });

  it('round-trips every stored field through JSON', () => {
    const accounts = [account('Acme')];
    expect(JSON.parse(accountsToJson(accounts)).accounts).toEqual(accounts);
  });
});
