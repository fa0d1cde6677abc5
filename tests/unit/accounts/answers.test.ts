import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureIcpInstalled } from '../../../lib/extension/accounts/active-icp';
import { parseAnswer } from '../../../lib/core/accounts/answers';
import { IcpLensDb } from '../../../lib/extension/db/db';
import { recordPage } from '../../../lib/extension/worker/record-page';
import { saveAnswer } from '../../../lib/extension/accounts/save-rep-value';
import type { PageHints } from '../../../lib/core/hints/page-hints';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';

const midMarket = sampleIcp.segments[0]!;
const criterion = (id: string) => midMarket.criteria.find((c) => c.id === id)!;

describe('parseAnswer', () => {
  it.each([
    ['employees', '320', { kind: 'field', field: 'employees', value: { min: 320, max: 320 } }],
    ['employees', '200-500', { kind: 'field', field: 'employees', value: { min: 200, max: 500 } }],
    ['revenue', '$40M', { kind: 'field', field: 'revenueUsd', value: { min: 40e6, max: 40e6 } }],
    [
      'revenue',
      '10-50 million',
      { kind: 'field', field: 'revenueUsd', value: { min: 10e6, max: 50e6 } },
    ],
    [
      'hq',
      'Austin, TX',
      { kind: 'field', field: 'hq', value: { city: 'Austin', region: 'TX', country: 'US' } },
    ],
    [
      'industry',
      'Software Development',
      { kind: 'field', field: 'industry', value: 'Software Development' },
    ],
  ])('reads a %s answer "%s"', (id, text, expected) => {
    expect(parseAnswer(criterion(id), { kind: 'value', text })).toEqual(expected);
  });

  it.each([
    ['employees', 'lots'],
    ['revenue', 'profitable'],
    ['hq', 'Toronto'],
    ['industry', '   '],
  ])('explains a %s answer it cannot read: "%s"', (id, text) => {
    expect(parseAnswer(criterion(id), { kind: 'value', text })).toMatchObject({ kind: 'invalid' });
  });

  it('keeps a yes/partly/no answer with the rep’s note', () => {
    expect(
      parseAnswer(criterion('budget'), {
        kind: 'status',
        status: 'match',
        note: ' yes, about $150k ',
      }),
    ).toEqual({
      kind: 'criterion',
      answer: { status: 'match', note: 'yes, about $150k' },
    });
  });
});

describe('saveAnswer', () => {
  let db: IcpLensDb;
  let n = 0;
  const page: PageHints = {
    url: 'https://www.linkedin.com/company/acme/',
    kind: 'linkedin-company',
    company: {
      name: 'Acme',
      domain: 'acme.com',
      industry: 'Software Development',
      hq: { country: 'US' },
    },
    technologies: [],
    signals: [],
    evidence: {},
  };
  beforeEach(async () => {
    db = new IcpLensDb(`answers-${++n}`);
    await ensureIcpInstalled(db, 1);
  });
  afterEach(() => db.delete());

  it('changes score and confidence at once, and page reads never undo it', async () => {
    const before = (await recordPage(db, 1, page, 1))!;
    const employees = await saveAnswer(
      db,
      'acme.com',
      criterion('employees'),
      { kind: 'value', text: '320' },
      2,
    );
    const budget = await saveAnswer(
      db,
      'acme.com',
      criterion('budget'),
      { kind: 'status', status: 'match', note: 'yes' },
      3,
    );
    if (!employees.ok || !budget.ok) throw new Error('answers were refused');
    expect(budget.account.score.confidence).toBeGreaterThan(before.score.confidence);
    expect(budget.account.facts.provenance.employees?.kind).toBe('rep');
    expect(budget.account.facts.answers?.budget).toEqual({ status: 'match', note: 'yes', at: 3 });

    const reread = (await recordPage(
      db,
      1,
      { ...page, company: { ...page.company, employees: { min: 11, max: 50 } } },
      4,
    ))!;
    expect(reread.facts.company.employees).toEqual({ min: 320, max: 320 });
    expect(reread.facts.answers?.budget?.status).toBe('match');
    expect(reread.score).toEqual(budget.account.score);
  });

  it('refuses an answer it cannot read and changes nothing', async () => {
    await recordPage(db, 1, page, 1);
    const result = await saveAnswer(db, 'acme.com', criterion('employees'), {
      kind: 'value',
      text: 'lots',
    });
    expect(result).toEqual({ ok: false, problem: 'give a headcount such as 320 or 200-500' });
    expect((await db.accounts.get('acme.com'))?.facts.company.employees).toBeUndefined();
  });
});
