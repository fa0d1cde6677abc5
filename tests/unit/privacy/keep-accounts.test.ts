import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureIcpInstalled } from '../../../lib/extension/accounts/active-icp';
import { IcpLensDb } from '../../../lib/extension/db/db';
import { recordPage } from '../../../lib/extension/worker/record-page';
import { recordTechnologies } from '../../../lib/extension/worker/record-technologies';
import { forgetTab, keepOpened } from '../../../lib/extension/worker/keep-pending';
import { readPending } from '../../../lib/extension/accounts/pending-accounts';
import { forgetEverything } from '../../../lib/extension/accounts/forget';
import { createHandlers } from '../../../lib/extension/worker/handlers';
import {
  keepChoices,
  keepRule,
  keepSummary,
  keptOnRead,
} from '../../../lib/core/privacy/keep-policy';
import {
  effectiveReading,
  loadReading,
  refreshReadingPolicy,
  saveRepReading,
} from '../../../lib/extension/privacy/reading-settings';
import { readManagedSettings } from '../../../lib/extension/sync/managed';
import type { PageHints } from '../../../lib/core/hints/page-hints';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = new IcpLensDb(`keep-${++n}`);
  await ensureIcpInstalled(db, 1);
});
afterEach(async () => {
  await db.delete();
});

// Scores tier A with the sample ICP: a software scale-up in the US.
const motionLinkedin: PageHints = {
  url: 'https://www.linkedin.com/company/motionapp/about/',
  kind: 'linkedin-company',
  company: {
    name: 'Motion',
    industry: 'Software Development',
    employees: { min: 51, max: 200 },
    hq: { city: 'Mountain View', region: 'CA', country: 'US' },
  },
  technologies: [],
  signals: [],
  evidence: { 'company.name': 'h1', 'company.industry': 'dt "Industry"' },
};

// The same company's own site, read first: it tells little, so no tier yet.
const motionSite: PageHints = {
  url: 'https://www.usemotion.com/',
  kind: 'website',
  company: { name: 'Motion', domain: 'usemotion.com' },
  technologies: [],
  signals: [],
  evidence: { 'company.name': 'JSON-LD Organization.name', 'company.domain': 'page URL' },
};

const motionAbout: PageHints = {
  ...motionSite,
  url: 'https://www.usemotion.com/about',
  company: {
    name: 'Motion',
    domain: 'usemotion.com',
    industry: 'Software Development',
    employees: { min: 51, max: 200 },
    hq: { city: 'Mountain View', region: 'CA', country: 'US' },
  },
};

const otherCompany: PageHints = {
  ...motionSite,
  url: 'https://www.acme.example/',
  company: { name: 'Acme', domain: 'acme.example' },
};

const tiers = sampleIcp.tiers;

describe('the keep rule', () => {
  it('offers every page, each tier best first, and only opened accounts', () => {
    expect(keepChoices(tiers).map((c) => [c.value, c.label])).toEqual([
      ['any', 'Any company page I visit'],
      ['tier:a', 'Tier A or better'],
      ['tier:b', 'Tier B or better'],
      ['tier:c', 'Tier C or better'],
      ['tier:d', 'Tier D or better'],
      ['opened', 'Only accounts I open in the panel'],
    ]);
  });

  it('keeps a tier and those above it, never an unknown one under a threshold', () => {
    const tier = (id: string) => ({ id, label: id });
    expect(keptOnRead(tier('a'), 'tier:b', tiers)).toBe(true);
    expect(keptOnRead(tier('b'), 'tier:b', tiers)).toBe(true);
    expect(keptOnRead(tier('c'), 'tier:b', tiers)).toBe(false);
    expect(keptOnRead(tier('needs-discovery'), 'tier:d', tiers)).toBe(false);
    expect(keptOnRead(tier('unknown'), 'any', tiers)).toBe(true);
    expect(keptOnRead(tier('a'), 'opened', tiers)).toBe(false);
  });

  it('keeps only opened accounts when the chosen tier left the ICP, and says which', () => {
    expect(keepRule('tier:gold', tiers)).toEqual({ kind: 'missing-tier', tierId: 'gold' });
    expect(keptOnRead({ id: 'a', label: 'A' }, 'tier:gold', tiers)).toBe(false);
    expect(keepSummary('tier:gold', tiers)).toBe('ICP Lens keeps accounts you open in the panel.');
    expect(keepSummary('tier:b', tiers)).toMatch(/tier B or better/);
  });
});

describe('what the worker keeps', () => {
  it('keeps every company page by default, as before', async () => {
    const account = await recordPage(db, 1, motionSite, 10);
    expect(account?.score.tier.id).not.toBe('a');
    expect(await db.accounts.get('usemotion.com')).toBeDefined();
    expect(await db.tabs.get(1)).toMatchObject({ accountId: 'usemotion.com' });
    expect(await readPending(1)).toBeUndefined();
  });

  it('keeps at once an account at the chosen tier, and holds back one below it', async () => {
    await saveRepReading({ keep: 'tier:a' });
    expect((await recordPage(db, 1, motionLinkedin, 10))?.score.tier.id).toBe('a');
    expect(await db.accounts.get('linkedin:motionapp')).toBeDefined();

    // A grocer of the same size and place fits less well: tier B, below A.
    const grocer: PageHints = {
      ...otherCompany,
      company: { ...motionAbout.company, ...otherCompany.company, industry: 'Retail Groceries' },
    };
    const below = await recordPage(db, 2, grocer, 11);
    expect(below).toMatchObject({ id: 'acme.example', score: { tier: { id: 'b' } } });
    expect(await db.accounts.get('acme.example')).toBeUndefined();
  });

  it('holds a waiting account in session storage, never in IndexedDB, and the tab says so', async () => {
    const account = await recordPage(db, 4, motionSite, 10, 'opened');
    expect(await db.accounts.count()).toBe(0);
    expect(await db.tabs.get(4)).toEqual({
      tabId: 4,
      url: motionSite.url,
      kind: 'website',
      accountId: null,
      pendingAccountId: 'usemotion.com',
      updatedAt: 10,
    });
    const waiting = await readPending(4);
    expect(waiting).toEqual(account);
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('pendingAccount:4');
  });

  it('stores the waiting account when the rep opens it, marked opened', async () => {
    await recordPage(db, 4, motionSite, 10, 'opened');
    const kept = await keepOpened(db, 4, 50);
    expect(kept?.id).toBe('usemotion.com');
    expect(await db.accounts.get('usemotion.com')).toMatchObject({ facts: kept!.facts });
    expect(await db.opened.get('usemotion.com')).toEqual({ id: 'usemotion.com', at: 50 });
    expect((await db.tabs.get(4))?.accountId).toBe('usemotion.com');
    expect(await db.tabs.get(4)).not.toHaveProperty('pendingAccountId');
    expect(await readPending(4)).toBeUndefined();
    // From now on it is a stored account: a re-read updates it.
    await recordPage(db, 4, motionAbout, 60, 'opened');
    expect((await db.accounts.get('usemotion.com'))?.updatedAt).toBe(60);
    expect(await keepOpened(db, 4)).toBeUndefined();
  });

  it('scores a waiting account with the ICP in force when it is kept', async () => {
    await recordPage(db, 4, motionSite, 10, 'opened');
    expect((await readPending(4))?.score.icpVersion).toBe(sampleIcp.version);
    const next = { ...sampleIcp, version: sampleIcp.version + 1 };
    await db.icpHistory.add({ version: next.version, icp: next, installedAt: 20, source: 'file' });
    expect((await keepOpened(db, 4, 30))?.score.icpVersion).toBe(next.version);
    expect((await db.accounts.get('usemotion.com'))?.score.icpVersion).toBe(next.version);
  });

  it('merges the pages of a waiting company and stores it once they lift it to the tier', async () => {
    await recordPage(db, 4, motionSite, 10, 'tier:a');
    expect(await db.accounts.count()).toBe(0);
    const lifted = await recordPage(db, 4, motionAbout, 20, 'tier:a');
    expect(lifted?.score.tier.id).toBe('a');
    const stored = await db.accounts.get('usemotion.com');
    expect(stored?.sources.map((s) => s.url)).toEqual([motionAbout.url, motionSite.url]);
    expect(stored?.createdAt).toBe(10);
    expect(await db.tabs.get(4)).toMatchObject({ accountId: 'usemotion.com' });
    expect(await readPending(4)).toBeUndefined();
  });

  it('keeps updating an account already stored, whatever the setting now says', async () => {
    await recordPage(db, 1, motionSite, 10);
    await recordPage(
      db,
      2,
      { ...motionSite, url: 'https://www.usemotion.com/pricing' },
      20,
      'opened',
    );
    const stored = await db.accounts.get('usemotion.com');
    expect(stored?.updatedAt).toBe(20);
    expect(stored?.sources).toHaveLength(2);
    expect((await db.tabs.get(2))?.accountId).toBe('usemotion.com');
    expect(await readPending(2)).toBeUndefined();
  });

  it('drops the waiting account when the tab moves to another company or closes', async () => {
    await recordPage(db, 4, motionSite, 10, 'opened');
    await recordPage(db, 4, otherCompany, 20, 'opened');
    expect((await readPending(4))?.id).toBe('acme.example');
    expect((await readPending(4))?.sources).toHaveLength(1);
    await recordPage(db, 4, { ...otherCompany, kind: 'other' }, 30, 'opened');
    expect(await readPending(4)).toBeUndefined();
    expect(await db.tabs.get(4)).not.toHaveProperty('pendingAccountId');

    await recordPage(db, 5, motionSite, 40, 'opened');
    await forgetTab(db, 5);
    expect(await readPending(5)).toBeUndefined();
    expect(await db.tabs.get(5)).toBeUndefined();
  });

  it('forgets waiting accounts with everything else, so a later read starts afresh', async () => {
    await recordPage(db, 4, motionSite, 10, 'opened');
    await recordPage(db, 5, otherCompany, 10, 'opened');
    await fakeBrowser.storage.session.set({ firstPass: 'kept' });
    await forgetEverything(db);
    expect(await readPending(4)).toBeUndefined();
    expect(await readPending(5)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get('firstPass')).toEqual({ firstPass: 'kept' });
    const fresh = await recordPage(db, 4, motionAbout, 20, 'opened');
    expect(fresh?.sources.map((s) => s.url)).toEqual([motionAbout.url]);
  });

  it('re-scores a waiting account with its stack, storing it when that lifts it', async () => {
    // Industry alone is too little to tell a tier; a CRM the ICP looks for
    // brings the confidence over the sample ICP's floor.
    const industryOnly: PageHints = {
      ...motionSite,
      company: { ...motionSite.company, industry: 'Software Development' },
    };
    const before = await recordPage(db, 4, industryOnly, 10, 'tier:a');
    expect(before?.score.tier.id).toBe('needs-discovery');
    expect(await db.accounts.count()).toBe(0);
    const crm = [{ name: 'HubSpot', categories: ['CRM'], evidence: 'script js.hs-scripts.com' }];
    const after = await recordTechnologies(db, 4, industryOnly.url, crm, 20, 'tier:a');
    expect(after?.score.tier.id).toBe('a');
    expect((await db.accounts.get('usemotion.com'))?.facts.technologies).toEqual(crm);
    expect(await db.tabs.get(4)).toMatchObject({ accountId: 'usemotion.com' });
    expect(await readPending(4)).toBeUndefined();
  });

  it('keeps a waiting account waiting when its stack does not lift it', async () => {
    await recordPage(db, 4, motionSite, 10, 'tier:a');
    const crm = [{ name: 'HubSpot', categories: ['CRM'], evidence: 'script js.hs-scripts.com' }];
    const after = await recordTechnologies(db, 4, motionSite.url, crm, 20, 'tier:a');
    expect(after?.score.tier.id).toBe('needs-discovery');
    expect(await db.accounts.count()).toBe(0);
    expect((await readPending(4))?.facts.technologies).toEqual(crm);
    // Signals gathered on a page the tab has left are not the account's.
    expect(await recordTechnologies(db, 4, 'https://www.usemotion.com/old', crm, 30)).toBe(
      undefined,
    );
  });
});

describe('the keep setting and the administrator', () => {
  it('saves the rep’s choice and refuses one that is not a choice', async () => {
    expect((await loadReading()).settings.keep).toBe('any');
    expect(await saveRepReading({ keep: 'tier:b' })).toEqual({ ok: true });
    expect((await loadReading()).settings.keep).toBe('tier:b');
    expect((await saveRepReading({ keep: 'tier:B A' as never })).ok).toBe(false);
  });

  it('reads keepAccounts from the policy, and a lock wins over the rep', async () => {
    await fakeBrowser.storage.managed.set({
      keepAccounts: 'opened',
      lockedSettings: ['keepAccounts'],
    });
    expect((await readManagedSettings()).settings?.reading).toEqual({
      keep: 'opened',
      locked: ['keepAccounts'],
    });
    await refreshReadingPolicy();
    expect(await saveRepReading({ keep: 'any' })).toEqual({
      ok: false,
      problems: ['keepAccounts is set by your administrator'],
    });
    expect((await loadReading()).settings.keep).toBe('opened');
    expect(effectiveReading({ keep: 'any' }, { keep: 'opened', locked: [] }).settings.keep).toBe(
      'any',
    );
  });

  it('refuses a policy whose keepAccounts is not a choice, naming the key', async () => {
    await fakeBrowser.storage.managed.set({ keepAccounts: 'tier:' });
    const read = await readManagedSettings();
    expect(read.settings).toBeUndefined();
    expect(read.problems.join(' ')).toMatch(/keepAccounts/);
  });
});

describe('keeping from the panel', () => {
  const fromPanel = {
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/sidepanel.html'),
  };

  it('stores the tab’s waiting account for the panel, never for a page', async () => {
    await recordPage(db, 4, motionSite, 10, 'opened');
    // A worker started afresh: the waiting account is in session storage, not its memory.
    const handlers = createHandlers(db);
    const fromPage = { id: fakeBrowser.runtime.id, tab: { id: 4 } as never, url: motionSite.url };
    expect(await handlers.keepAccount({ tabId: 4 }, fromPage)).toEqual({ accountId: null });
    expect(await db.accounts.count()).toBe(0);
    expect(await handlers.keepAccount({ tabId: 4 }, fromPanel)).toEqual({
      accountId: 'usemotion.com',
    });
    expect(await db.accounts.get('usemotion.com')).toBeDefined();
    // Asked again (a second panel), it answers with the stored account.
    expect(await handlers.keepAccount({ tabId: 4 }, fromPanel)).toEqual({
      accountId: 'usemotion.com',
    });
  });
});
