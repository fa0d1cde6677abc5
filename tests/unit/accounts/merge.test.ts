import { describe, expect, it } from 'vitest';
import { mergeFacts, setRepValue } from '../../../lib/core/accounts/merge';
import type { CompanyHints, PageHints } from '../../../lib/core/hints/page-hints';

const linkedin = (company: CompanyHints, evidence: Record<string, string> = {}): PageHints => ({
  url: 'https://www.linkedin.com/company/acme/about/',
  kind: 'linkedin-company',
  company,
  technologies: [
    { name: 'React', categories: ['JavaScript frameworks'], evidence: 'LinkedIn bundle' },
  ],
  signals: [],
  evidence,
});
const website = (company: CompanyHints, evidence: Record<string, string> = {}): PageHints => ({
  ...linkedin(company, evidence),
  url: 'https://acme.com/about',
  kind: 'website',
  technologies: [{ name: 'HubSpot', categories: ['CRM'], evidence: 'script js.hs-scripts.com' }],
});

describe('mergeFacts', () => {
  it('records where each value came from and when', () => {
    const facts = mergeFacts(
      undefined,
      linkedin({ industry: 'Software Development' }, { 'company.industry': 'dt "Industry"' }),
      10,
    );
    expect(facts.provenance.industry).toEqual({
      kind: 'page',
      url: 'https://www.linkedin.com/company/acme/about/',
      pageKind: 'linkedin-company',
      seenAt: 10,
      evidence: 'dt "Industry"',
    });
    expect(facts.evidence['company.industry']).toBe('dt "Industry"');
  });

  it('keeps the more specific of two values that agree, whichever came first', () => {
    const exact = { employees: { min: 120, max: 120 } };
    const range = { employees: { min: 51, max: 200 } };
    const a = mergeFacts(mergeFacts(undefined, website(exact), 1), linkedin(range), 2);
    const b = mergeFacts(mergeFacts(undefined, linkedin(range), 1), website(exact), 2);
    expect(a.company.employees).toEqual({ min: 120, max: 120 });
    expect(b.company.employees).toEqual({ min: 120, max: 120 });
    expect(a.conflicts).toEqual({});
    expect(b.conflicts).toEqual({});
  });

  it('lets a fuller address refine a partial one', () => {
    const facts = mergeFacts(
      mergeFacts(undefined, linkedin({ hq: { country: 'US' } }), 1),
      website({ hq: { city: 'Durham', region: 'NC', country: 'US' } }),
      2,
    );
    expect(facts.company.hq).toEqual({ city: 'Durham', region: 'NC', country: 'US' });
    expect(facts.conflicts).toEqual({});
  });

  it('lets the newer value win a contradiction and keeps the older one visible', () => {
    const facts = mergeFacts(
      mergeFacts(
        undefined,
        linkedin({ industry: 'Software Development', hq: { city: 'London', country: 'GB' } }),
        1,
      ),
      website({ industry: 'Advertising Services', hq: { city: 'Madrid', country: 'ES' } }),
      2,
    );
    expect(facts.company.industry).toBe('Advertising Services');
    expect(facts.conflicts.industry).toEqual([
      {
        value: 'Software Development',
        source: expect.objectContaining({ pageKind: 'linkedin-company', seenAt: 1 }),
      },
    ]);
    expect(facts.conflicts.hq?.[0]?.value).toEqual({ city: 'London', country: 'GB' });
  });

  it('drops a conflict once the value in force agrees with it again', () => {
    let facts = mergeFacts(undefined, linkedin({ foundedYear: 2011 }), 1);
    facts = mergeFacts(facts, website({ foundedYear: 2012 }), 2);
    expect(facts.conflicts.foundedYear).toHaveLength(1);
    facts = mergeFacts(facts, linkedin({ foundedYear: 2011 }), 3);
    expect(facts.company.foundedYear).toBe(2011);
    expect(facts.conflicts.foundedYear?.map((c) => c.value)).toEqual([2012]);
  });

  it('keeps what a page does not state', () => {
    const facts = mergeFacts(
      mergeFacts(undefined, linkedin({ industry: 'Retail', name: 'Acme' }), 1),
      website({ name: 'Acme' }),
      2,
    );
    expect(facts.company).toEqual({ industry: 'Retail', name: 'Acme' });
  });

  it('takes technologies from the company site only', () => {
    expect(mergeFacts(undefined, linkedin({})).technologies).toEqual([]);
    expect(mergeFacts(undefined, website({})).technologies.map((t) => t.name)).toEqual(['HubSpot']);
  });
});

describe('rep values', () => {
  it('are never overwritten by a page; the page’s value shows as a conflict', () => {
    let facts = mergeFacts(undefined, linkedin({ employees: { min: 51, max: 200 } }), 1);
    facts = setRepValue(facts, 'employees', { min: 320, max: 320 }, 2);
    expect(facts.provenance.employees).toMatchObject({ kind: 'rep', seenAt: 2 });
    expect(facts.conflicts.employees?.[0]?.value).toEqual({ min: 51, max: 200 });
    facts = mergeFacts(facts, website({ employees: { min: 11, max: 50 } }), 3);
    expect(facts.company.employees).toEqual({ min: 320, max: 320 });
    expect(facts.conflicts.employees?.map((c) => c.value)).toEqual([
      { min: 11, max: 50 },
      { min: 51, max: 200 },
    ]);
  });

  it('are not even refined by a more specific page value', () => {
    let facts = setRepValue(
      mergeFacts(undefined, linkedin({}), 1),
      'employees',
      { min: 201, max: 500 },
      2,
    );
    facts = mergeFacts(facts, website({ employees: { min: 250, max: 250 } }), 3);
    expect(facts.company.employees).toEqual({ min: 201, max: 500 });
  });
});
