// Size, founding year and revenue that a company site states only in prose:
// taken from its home and about pages, from sentences about the company
// itself, and never over structured data.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { extractPage } from '../../../lib/node/extract-page.ts';
import { employeesFromText } from '../../../lib/core/normalize/employees';
import { factsFromStatements } from '../../../lib/core/normalize/statements';

const site = (body: string, path = '/about', head = '') =>
  extractPage(
    parseHtml(
      `<!DOCTYPE html><html><head><meta property="og:site_name" content="Acme Robotics">${head}</head><body>${body}</body></html>`,
    ),
    `https://www.acme-robotics.com${path}`,
  ).company;

const statement = (value: string) => [{ value, evidence: 'text' }];

describe('facts stated in prose', () => {
  it.each([
    ["We're a team of 250.", { size: 'team of 250' }],
    ['Acme Robotics has 1,200+ employees worldwide.', { size: '1,200+ employees' }],
    ['Today over 1,000 people work at Acme Robotics.', { size: 'over 1,000 people' }],
    ['Acme Robotics was founded in 2009 in Lyon.', { founded: 'founded in 2009' }],
    ['Building robots since 2009, we ship to 40 countries.', { founded: 'since 2009' }],
    ['Acme Robotics passed $50M in annual revenue.', { revenue: '$50M in annual revenue' }],
    ['Our ARR of €20 million grew 80% last year.', { revenue: 'ARR of €20 million' }],
  ])('%s', (sentence, found) => {
    const facts = factsFromStatements(statement(sentence), 'Acme Robotics');
    const values = Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v?.value]));
    expect(values).toEqual(found);
  });

  it.each([
    ['a customer’s team', 'Our customer Initech has a team of 300.'],
    ['a team of engineers', 'Our team of 5 engineers ships weekly.'],
    ['an audience', 'Trusted by 45,000 people every day, we help teams ship.'],
    ['users', 'Join 2,000 people who use Acme Robotics.'],
    ['customers’ revenue', 'We helped customers generate $2B in revenue.'],
    ['someone else’s founding', 'Initech, founded in 1999, uses robots.'],
    ['a year without a subject', 'Prices have doubled since 2009.'],
  ])('ignores %s', (_label, sentence) => {
    expect(factsFromStatements(statement(sentence), 'Acme Robotics')).toEqual({});
  });

  it('reads them on the home and about pages only, and never over structured data', () => {
    const body = '<p>Acme Robotics was founded in 2009. We are a team of 250.</p>';
    expect(site(body, '/about')).toMatchObject({
      foundedYear: 2009,
      employees: { min: 250, max: 250 },
    });
    expect(site(body, '/')).toMatchObject({ foundedYear: 2009 });
    expect(site(body, '/blog/our-story-so-far')).not.toHaveProperty('foundedYear');
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'Organization',
      name: 'Acme Robotics',
      url: 'https://www.acme-robotics.com/',
      foundingDate: '2011',
    })}</script>`;
    expect(site(body, '/about', ld)).toMatchObject({ foundedYear: 2011 });
  });

  it('keeps the sentence as evidence', () => {
    const hints = extractPage(
      parseHtml(
        '<!DOCTYPE html><html><head><meta property="og:site_name" content="Acme Robotics"></head><body><p>We are a team of 250.</p></body></html>',
      ),
      'https://www.acme-robotics.com/about',
    );
    expect(hints.evidence['company.employees']).toBe(
      'text (employees) "We are a team of 250.": team of 250',
    );
  });
});

describe('employeesFromText in prose', () => {
  it.each([
    ['team of 250', { min: 250, max: 250 }],
    ['over 1,000 people', { min: 1000 }],
    ['more than 40 employees', { min: 40 }],
    ['nearly 50 employees', { max: 50 }],
    ['250 team members', { min: 250, max: 250 }],
  ])('%s → %j', (text, range) => {
    expect(employeesFromText(text)).toEqual(range);
  });

  it.each(['about 200 people', 'around 40 staff'])(
    'says nothing for the approximate %j',
    (text) => {
      expect(employeesFromText(text)).toBeUndefined();
    },
  );
});
