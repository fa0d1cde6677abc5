import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountKeys, linkedinSlug } from '../../../lib/core/accounts/account-key';
import { ensureIcpInstalled, getActiveIcp } from '../../../lib/extension/accounts/active-icp';
import { IcpLensDb } from '../../../lib/extension/db/db';
import { recordPage } from '../../../lib/extension/worker/record-page';
import { saveRepValue } from '../../../lib/extension/accounts/save-rep-value';
import type { PageHints } from '../../../lib/core/hints/page-hints';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`test-${++n}`);
  await ensureIcpInstalled(db, 1);
});
afterEach(async () => {
  await db.delete();
});

const linkedinPage: PageHints = {
  url: 'https://www.linkedin.com/company/motionapp/about/',
  kind: 'linkedin-company',
  company: {
    name: 'Motion',
    industry: 'Software Development',
    employees: { min: 51, max: 200 },
    hq: { city: 'Mountain View', region: 'CA', country: 'US' },
  },
  technologies: [
    { name: 'React', categories: ['JavaScript frameworks'], evidence: 'LinkedIn’s own bundle' },
  ],
  signals: [],
  evidence: {
    'company.name': 'h1',
    'company.industry': 'dt "Industry"',
    'company.employees': 'dt "Company size"',
    'company.hq': 'dt "Headquarters"',
  },
};

const website: PageHints = {
  url: 'https://www.usemotion.com/',
  kind: 'website',
  company: { name: 'Motion', domain: 'usemotion.com', description: 'AI calendar for teams' },
  technologies: [{ name: 'HubSpot', categories: ['CRM'], evidence: 'script js.hs-scripts.com' }],
  signals: [{ type: 'hiring', detail: 'Careers page', evidence: 'link /careers' }],
  evidence: { 'company.name': 'JSON-LD Organization.name', 'company.domain': 'page URL' },
};

describe('account keys', () => {
  it('names a company by registrable domain, else by LinkedIn slug', () => {
    expect(accountKeys(website)).toEqual({ id: 'usemotion.com', domain: 'usemotion.com' });
    expect(accountKeys(linkedinPage)).toEqual({
      id: 'linkedin:motionapp',
      linkedinSlug: 'motionapp',
    });
  });

  it('prefers the canonical slug over a numeric id in the page URL', () => {
    const page = {
      ...linkedinPage,
      url: 'https://www.linkedin.com/company/10529043/',
      company: { linkedinUrl: 'https://uk.linkedin.com/company/audiense' },
    };
    expect(accountKeys(page)?.linkedinSlug).toBe('audiense');
  });

  it('gives no key to pages that are not about one company', () => {
    expect(accountKeys({ ...website, kind: 'other' })).toBeUndefined();
    expect(accountKeys({ ...linkedinPage, kind: 'linkedin-person' })).toBeUndefined();
    expect(accountKeys({ ...website, company: {} })).toBeUndefined();
  });

  it('reads slugs only from LinkedIn company URLs', () => {
    expect(linkedinSlug('https://www.linkedin.com/company/Motionapp/people/')).toBe('motionapp');
    expect(linkedinSlug('https://evil.example/company/motionapp/')).toBeUndefined();
    expect(linkedinSlug('not a url')).toBeUndefined();
  });
});

describe('recordPage', () => {
  it('stores a scored account and remembers what the tab shows', async () => {
    const account = await recordPage(db, 7, linkedinPage, 100);
    expect(account?.id).toBe('linkedin:motionapp');
    expect(account?.score).toMatchObject({
      segmentId: 'scale-up',
      tier: { id: 'a' },
      icpVersion: 1,
    });
    expect(await db.tabs.get(7)).toEqual({
      tabId: 7,
      url: linkedinPage.url,
      kind: 'linkedin-company',
      accountId: 'linkedin:motionapp',
      updatedAt: 100,
    });
  });

  it('stores nothing for a page that is not a company, but tracks the tab', async () => {
    const account = await recordPage(db, 3, { ...website, kind: 'other' }, 5);
    expect(account).toBeUndefined();
    expect(await db.accounts.count()).toBe(0);
    expect((await db.tabs.get(3))?.accountId).toBeNull();
  });

  it('merges the LinkedIn page and the website into one account keyed by domain', async () => {
    await recordPage(db, 1, linkedinPage, 100);
    const withWebsite = {
      ...linkedinPage,
      company: { ...linkedinPage.company, domain: 'usemotion.com' },
    };
    await recordPage(db, 1, withWebsite, 200);
    const merged = await recordPage(db, 2, website, 300);
    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['usemotion.com']);
    expect(merged?.linkedinSlug).toBe('motionapp');
    expect(merged?.facts.company).toMatchObject({
      name: 'Motion',
      industry: 'Software Development',
      domain: 'usemotion.com',
      description: 'AI calendar for teams',
    });
    expect(merged?.sources.map((s) => s.seenAt)).toEqual([300, 200]);
    expect(merged?.createdAt).toBe(100);
    // The tab that showed the slug-keyed account follows it to its new key.
    expect((await db.tabs.get(1))?.accountId).toBe('usemotion.com');
  });

  it('keeps the domain key when a later read of the same LinkedIn page lacks the website', async () => {
    const withWebsite = {
      ...linkedinPage,
      company: { ...linkedinPage.company, domain: 'usemotion.com' },
    };
    await recordPage(db, 1, withWebsite, 1);
    const later = await recordPage(db, 1, { ...linkedinPage, company: { name: 'Motion' } }, 2);
    expect(later?.id).toBe('usemotion.com');
    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['usemotion.com']);
    expect(later?.facts.company?.industry).toBe('Software Development');
  });

  it('takes technologies from the company’s own site only', async () => {
    const fromLinkedin = await recordPage(
      db,
      1,
      { ...linkedinPage, company: { ...linkedinPage.company, domain: 'usemotion.com' } },
      1,
    );
    expect(fromLinkedin?.facts.technologies).toEqual([]);
    const fromSite = await recordPage(db, 2, website, 2);
    expect(fromSite?.facts.technologies.map((t) => t.name)).toEqual(['HubSpot']);
    const again = await recordPage(
      db,
      1,
      { ...linkedinPage, company: { ...linkedinPage.company, domain: 'usemotion.com' } },
      3,
    );
    expect(again?.facts.technologies.map((t) => t.name)).toEqual(['HubSpot']);
  });

  it('keeps the evidence of each field with its value', async () => {
    await recordPage(
      db,
      1,
      { ...linkedinPage, company: { ...linkedinPage.company, domain: 'usemotion.com' } },
      1,
    );
    const merged = await recordPage(db, 2, website, 2);
    expect(merged?.facts.evidence).toMatchObject({
      'company.industry': 'dt "Industry"',
      'company.name': 'JSON-LD Organization.name',
    });
  });
});

describe('active ICP', () => {
  it('is the sample on first run', async () => {
    expect(await getActiveIcp(db)).toEqual(sampleIcp);
    await ensureIcpInstalled(db, 2);
    expect(await db.icpHistory.count()).toBe(1);
  });

  it('skips a damaged stored config and keeps the last good one', async () => {
    const v2 = { ...sampleIcp, version: 2, name: 'Version two' };
    await db.icpHistory.add({ version: 2, icp: v2, installedAt: 2, source: 'file' });
    await db.icpHistory.add({
      version: 3,
      icp: { ...v2, version: 3, segments: [] },
      installedAt: 3,
      source: 'file',
    });
    expect((await getActiveIcp(db)).name).toBe('Version two');
  });
});

describe('saveRepValue', () => {
  it('stores a rep’s value, re-scores, and no later page read replaces it', async () => {
    await recordPage(db, 1, linkedinPage, 1);
    const answered = await saveRepValue(
      db,
      'linkedin:motionapp',
      'employees',
      { min: 320, max: 320 },
      2,
    );
    // 320 employees is outside the scale-up band but inside mid-market's.
    expect(answered.score.criteria.find((c) => c.id === 'employees')?.found).toBe('320 employees');
    const reread = await recordPage(db, 1, linkedinPage, 3);
    expect(reread?.facts.company.employees).toEqual({ min: 320, max: 320 });
    expect(reread?.facts.conflicts.employees?.[0]?.value).toEqual({ min: 51, max: 200 });
  });

  it('refuses an account that does not exist', async () => {
    await expect(saveRepValue(db, 'nobody.com', 'industry', 'Retail')).rejects.toThrow(
      'nobody.com',
    );
  });
});

describe('LinkedIn profiles', () => {
  it('tie the person to the stored account of their employer, with their persona', async () => {
    await recordPage(db, 1, linkedinPage, 1);
    const profile: PageHints = {
      url: 'https://www.linkedin.com/in/jane/',
      kind: 'linkedin-person',
      person: { name: 'Jane Park', title: 'VP of Sales', companyName: 'Motion Inc.' },
      technologies: [],
      signals: [],
      evidence: {},
    };
    expect(await recordPage(db, 9, profile, 2)).toBeUndefined();
    expect((await db.tabs.get(9))?.accountId).toBe('linkedin:motionapp');
    expect((await db.accounts.get('linkedin:motionapp'))?.people).toEqual([
      {
        name: 'Jane Park',
        title: 'VP of Sales',
        personaId: 'vp-sales',
        url: profile.url,
        seenAt: 2,
      },
    ]);
  });

  it('create no account when the employer is unknown', async () => {
    const profile: PageHints = {
      url: 'https://www.linkedin.com/in/rob/',
      kind: 'linkedin-person',
      person: { name: 'Rob', title: 'Co-Founder', companyName: 'Nobody Ltd' },
      technologies: [],
      signals: [],
      evidence: {},
    };
    await recordPage(db, 9, profile, 2);
    expect(await db.accounts.count()).toBe(0);
    expect((await db.tabs.get(9))?.accountId).toBeNull();
  });
});
