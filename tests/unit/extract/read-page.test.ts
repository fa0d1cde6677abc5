// readPage returns strings as the page states them, each with where it was read.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/parse-html';
import { readPage } from '../../../lib/dom/read/read-page';
import { fixtureDoc } from './fixture-pages';

describe('readPage', () => {
  it('reads the public LinkedIn layout as stated, not as normalized', () => {
    const raw = readPage(
      fixtureDoc('linkedin-company-audiense.html'),
      'https://www.linkedin.com/company/10529043/',
    );
    expect(raw.kind).toBe('linkedin-company');
    expect(raw.company).toMatchObject({
      name: { value: 'Audiense', evidence: 'JSON-LD Organization.name' },
      industry: { value: 'Advertising Services', evidence: 'dt "Industry" (about-us__industry)' },
      size: { value: '51-200 employees', evidence: 'dt "Company size" (about-us__size)' },
      hq: { value: 'London, London', evidence: 'dt "Headquarters" (about-us__headquarters)' },
      founded: { value: '2011', evidence: 'dt "Founded" (about-us__foundedOn)' },
      linkedinUrl: { value: 'https://uk.linkedin.com/company/audiense' },
      address: {
        locality: 'London',
        region: 'London',
        country: 'GB',
        evidence: 'JSON-LD Organization.address',
      },
    });
    expect(raw.company?.websites?.[0]).toEqual({
      value: 'http://www.audiense.com',
      evidence: 'dt "Website" (about-us__website)',
    });
  });

  it('reads the signed-in top card, keeping the tagline domain as a mention', () => {
    const raw = readPage(
      fixtureDoc('linkedin-company-motion-signed-in.html'),
      'https://www.linkedin.com/company/motionapp/',
    );
    expect(raw.company).toMatchObject({
      name: { value: 'Motion' },
      industry: { value: 'Software Development' },
      size: { value: '51-200 employees' },
      hq: { value: 'Mountain View, CA' },
    });
    expect(raw.company?.websites).toContainEqual(
      expect.objectContaining({ value: 'usemotion.com/teams', mentioned: true }),
    );
  });

  it('reads a profile headline and current company from the top card only', () => {
    const raw = readPage(
      fixtureDoc('linkedin-person-signed-in.html'),
      'https://www.linkedin.com/in/robertkcheung/',
    );
    expect(raw).toMatchObject({
      kind: 'linkedin-person',
      person: {
        name: { value: 'Rob Cheung' },
        headline: { value: 'Co-Founder ꩜Substrate' },
        companyName: { value: '꩜Substrate' },
      },
    });
    expect(raw.company).toBeUndefined();
  });

  it('takes only the first dd after a dt, and ignores definition lists in asides', () => {
    const raw = readPage(
      fixtureDoc('linkedin-company-signed-in-about.html'),
      'https://www.linkedin.com/company/example-co/about/',
    );
    expect(raw.company?.size?.value).toBe('201-500 employees');
    expect(raw.company?.websites?.map((w) => w.value)).not.toContain('other-corp.com');
  });

  it('reads a company site address line up to its postal code', () => {
    const raw = readPage(
      fixtureDoc('site-leandata-blog.html'),
      'http://www.leandatainc.com/account-based-sales-marketing/the-winds-of-change',
    );
    expect(raw.company?.hq).toEqual({
      value: '111 West Evelyn Ave. Suite 106 Sunnyvale, CA, 94086',
      evidence: 'footer text',
    });
  });

  it('uses the URL it is given, not the document location', () => {
    const doc = parseHtml('<title>Acme | Home</title>');
    expect(readPage(doc, 'https://www.acme.com/').kind).toBe('website');
    const elsewhere = readPage(doc, 'https://www.example.net/');
    expect(elsewhere.company?.websites?.[0]?.value).toBe('https://www.example.net/');
  });
});
