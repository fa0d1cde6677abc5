// Buying signals: read only where the page speaks for the company itself,
// typed in the background and given words from that data.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { extractPage, readPage } from '../../../lib/node/extract-page.ts';
import { signalsFromRaw } from '../../../lib/core/normalize/signals';
import { readFunding } from '../../../lib/core/normalize/funding';
import { fundingWords } from '../../../lib/core/normalize/signal-words';
import type { RawSignal } from '../../../lib/core/hints/raw-page';

/** A whole document: linkedom, unlike a browser, leaves a fragment without a body. */
const doc = (head: string, body: string) =>
  parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

const details = (head: string, body: string, url: string) =>
  extractPage(doc(head, body), url).signals.map((s) => `${s.type}: ${s.detail}`);

describe('readFunding', () => {
  it.each([
    [
      'raised a $40M Series B led by Example Ventures',
      { round: 'series-b', amount: { value: 40e6, currency: 'USD' } },
      'Raised $40M Series B',
    ],
    [
      'closes $12 million seed round',
      { round: 'seed', amount: { value: 12e6, currency: 'USD' } },
      'Raised $12M Seed',
    ],
    ['Announcing our Series C funding', { round: 'series-c' }, 'Raised Series C'],
    [
      'raised €8,5 Mio. in a pre-seed round',
      { round: 'pre-seed', amount: { value: 8.5e6, currency: 'EUR' } },
      'Raised €8.5M Pre-seed',
    ],
    [
      'Series C · US$ 36.5M',
      { round: 'series-c', amount: { value: 36.5e6, currency: 'USD' } },
      'Raised $36.5M Series C',
    ],
    [
      'Last Round · Series unknown Mar 8, 2017 · US$ 4.8M · 2017-03-08',
      { amount: { value: 4.8e6, currency: 'USD' }, date: '2017-03-08' },
      'Raised $4.8M, March 8, 2017',
    ],
  ])('%s', (text, funding, words) => {
    expect(readFunding(text)).toEqual(funding);
    expect(fundingWords(funding as never)).toBe(words);
  });

  it('says nothing without a round or an amount', () => {
    expect(readFunding('Funding · 0 total investors')).toBeUndefined();
  });
});

describe('signals from a company site’s prose', () => {
  const site = (body: string, path = '/') =>
    details(
      '<title>Acme Analytics</title><meta property="og:site_name" content="Acme Analytics">',
      body,
      `https://www.acme-analytics.com${path}`,
    );

  it('reads funding and expansion the company announces itself', () => {
    expect(
      site(
        '<p>Acme Analytics raised a $40M Series B. We are opening a new office in São Paulo.</p>',
      ),
    ).toEqual(['funding: Raised $40M Series B', 'expansion: New office in São Paulo']);
    expect(site('<p>Acme Analytics opens a new office in Berlin.</p>')).toEqual([
      'expansion: New office in Berlin',
    ]);
    expect(site('<h2>We closed our $25M Series A funding round</h2>')).toEqual([
      'funding: Raised $25M Series A',
    ]);
  });

  it('ignores other companies’ funding, quotes and forms', () => {
    expect(
      site(`
        <p>Our customer Globex closed a $60M Series C after switching to Acme Analytics.</p>
        <p>Initech raised a $100M Series D.</p>
        <blockquote>We raised a $5M seed thanks to Acme Analytics.</blockquote>
        <div class="testimonial">We raised $9M.</div>
        <form><select><option>We're hiring</option></select></form>
        <p>Acme Analytics helps you raise $1M faster.</p>
        <p>We closed 300 deals in May.</p>`),
    ).toEqual([]);
  });

  it('reads hiring statements and job counts on any page, job titles of any role on the careers page', () => {
    const list =
      '<ul><li><a href="/jobs/1">Account Executive, EMEA</a></li><li><a href="/jobs/2">BDR (German speaking)</a></li><li><a href="/jobs/3">Data Engineer</a></li><li><a href="/benefits">Our benefits</a></li></ul>';
    expect(site(`<p>We’re hiring!</p><h2>12 open roles</h2>${list}`, '/careers')).toEqual([
      "hiring: We're hiring",
      'hiring: 12 open jobs',
      'hiring: Hiring 3 roles: Account Executive, EMEA · BDR (German speaking) · Data Engineer',
    ]);
    // On other pages a list naming roles or counting jobs is not the company's job list.
    expect(
      site(`${list}<p>Browse 800 open jobs from our clients.</p>`, '/blog/how-to-hire-an-ae'),
    ).toEqual([]);
    expect(site('<p>Search 12,000 open jobs</p>', '/careers')).toEqual([]);
  });

  it('keeps a careers link to a job board, and drops links to anyone else', () => {
    expect(
      site(
        '<a href="https://boards.greenhouse.io/acme">Careers</a><a href="https://globex.com/pricing">Pricing</a>',
      ),
    ).toEqual(['hiring: Careers page (https://boards.greenhouse.io/acme)']);
  });

  it('states nothing on pages that are not a company’s own', () => {
    expect(
      details(
        '<meta property="og:type" content="article"><meta property="og:site_name" content="BBC News">',
        '<p>Acme raised a $40M Series B. We’re hiring.</p>',
        'https://www.bbc.com/news/x',
      ),
    ).toEqual([]);
  });
});

describe('signals on a LinkedIn company page', () => {
  const company = (main: string, aside = '') =>
    details(
      '',
      `<main><h1>Acme</h1>${main}</main><aside>${aside}</aside>`,
      'https://www.linkedin.com/company/acme/',
    );

  it('reads the titles of the company’s recent job openings, any role, and its jobs count', () => {
    expect(
      company(`
        <section><h2>Recent job openings</h2>
          <a href="https://www.linkedin.com/jobs/view/1/"><div>Account Executive - Mid-Market</div><div>Austin, TX</div></a>
          <a href="https://www.linkedin.com/jobs/view/2/"><div>Sales Development Representative</div><div>Remote</div></a>
          <a href="https://www.linkedin.com/jobs/view/3/"><div>Staff Engineer</div></a>
          <a aria-label="Show all 23 jobs" href="https://www.linkedin.com/company/acme/jobs?viewAsMember=true">Show all 23 jobs</a>
        </section>`),
    ).toEqual([
      'hiring: 23 open jobs',
      'hiring: Hiring 3 roles: Account Executive - Mid-Market · Sales Development Representative · Staff Engineer',
    ]);
  });

  it('never counts another company’s jobs, LinkedIn’s job search or the Jobs tab itself', () => {
    expect(
      company(
        `<nav><a href="/company/acme/jobs/">Jobs</a></nav>
         <a href="https://www.linkedin.com/company/globex/jobs/">See all 214 jobs</a>
         <a href="https://www.linkedin.com/jobs/account-executive-jobs">53,035 open jobs</a>
         <p>We're hiring 40 SDRs</p>`,
        '<a href="https://www.linkedin.com/company/acme/jobs/">See all 9 jobs</a>',
      ),
    ).toEqual([]);
  });

  it('reads the funding card', () => {
    expect(
      company(
        '<div><header><h4>Funding via Crunchbase</h4></header><div><p>Series A</p><p>US$ 12M</p><p>3 total investors</p></div></div>',
      ),
    ).toEqual(['funding: Raised $12M Series A']);
  });

  it('reads no signals on a profile', () => {
    const raw = readPage(
      doc('', '<main><h1>Rob</h1><p>We’re hiring! Acme raised a $40M Series B.</p></main>'),
      'https://www.linkedin.com/in/rob/',
    );
    expect(raw.signals).toBeUndefined();
  });
});

describe('signalsFromRaw', () => {
  const source = { kind: 'website' as const, name: 'Acme' };

  it('merges duplicates and caps the list', () => {
    const raws: RawSignal[] = Array.from({ length: 30 }, (_, i) => ({
      kind: 'job-count',
      value: `${(i % 25) + 1} open positions`,
      evidence: 'text',
    }));
    const signals = signalsFromRaw(raws, source);
    expect(signals).toHaveLength(20);
    expect(new Set(signals.map((s) => s.detail)).size).toBe(20);
  });

  it('drops what it cannot read', () => {
    expect(
      signalsFromRaw(
        [
          { kind: 'job-count', value: 'Show all jobs', evidence: 'e' },
          { kind: 'careers', value: 'Careers', url: 'javascript:alert(1)', evidence: 'e' },
          { kind: 'funding', value: 'Acme raised the bar', evidence: 'e' },
          { kind: 'expansion', value: 'Our customer opens a new office in Paris', evidence: 'e' },
          { kind: 'job-title', value: 'Life at Acme', evidence: 'e' },
          { kind: 'job-title', value: 'Staff Engineer', by: 'Globex Staffing', evidence: 'e' },
        ],
        source,
      ),
    ).toEqual([]);
  });
});
