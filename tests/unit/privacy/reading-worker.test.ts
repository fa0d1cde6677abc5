import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { db } from '../../../lib/extension/db/db';
import {
  effectiveReading,
  loadReading,
  refreshReadingPolicy,
  saveRepReading,
} from '../../../lib/extension/privacy/reading-settings';
import { fakeScripting } from '../fake-scripting';

const url = 'https://www.linkedin.com/company/audiense/about/';
const pageMarkup = {
  type: 'pageMarkup',
  data: { url, html: readFileSync('tests/fixtures/linkedin-company-audiense.html', 'utf8') },
};
const fromTab = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } });
const fromPanel = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/sidepanel.html'),
});

async function send(msg: unknown, sender: object): Promise<unknown> {
  let respond!: (value: unknown) => void;
  const answered = new Promise((resolve) => (respond = resolve));
  const trigger = fakeBrowser.runtime.onMessage.trigger as (
    ...args: unknown[]
  ) => Promise<unknown[]>;
  const kept = await trigger(msg, sender, respond);
  return kept.some((k) => k === true) ? answered : undefined;
}

const registeredMatches = () =>
  [...fakeScripting.registered.values()].map((s) => [s.id, s.world ?? 'ISOLATED', s.matches]);

beforeEach(async () => {
  await db.delete();
  await db.open();
  background.main();
});

describe('content scripts follow the reading mode', () => {
  it('registers the reader and the main-world probe on every site by default', async () => {
    await expect.poll(() => fakeScripting.registered.size).toBe(2);
    expect(registeredMatches()).toEqual([
      ['icp-lens-probe', 'MAIN', ['http://*/*', 'https://*/*']],
      ['icp-lens-read', 'ISOLATED', ['http://*/*', 'https://*/*']],
    ]);
  });

  it('narrows to LinkedIn, then to nothing, as the rep narrows the mode', async () => {
    await expect.poll(() => fakeScripting.registered.size).toBe(2);
    await saveRepReading({ mode: 'linkedin-auto' });
    await expect
      .poll(() => fakeScripting.registered.get('icp-lens-read')?.matches)
      .toEqual(['https://*.linkedin.com/*']);
    await saveRepReading({ mode: 'click' });
    await expect.poll(() => fakeScripting.registered.size).toBe(0);
  });
});

describe('what is kept', () => {
  it('keeps nothing from a paused site, and says so on the badge', async () => {
    await saveRepReading({ paused: ['linkedin.com'] });
    expect(await send(pageMarkup, fromTab(5))).toEqual({
      accountId: null,
      wantsTechnologies: false,
    });
    expect(await db.accounts.count()).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('II');
  });

  it('keeps nothing in "Only when I click" until the rep asks, then reads and stores', async () => {
    await saveRepReading({ mode: 'click' });
    await send(pageMarkup, fromTab(7));
    expect(await db.accounts.count()).toBe(0);

    const tab = await fakeBrowser.tabs.create({ url });
    expect(
      await send({ type: 'readTab', data: { tabId: tab.id, confirmed: false } }, fromPanel()),
    ).toEqual({ status: 'reading' });
    expect(fakeScripting.injected).toEqual([
      { tabId: tab.id, files: ['/content-scripts/probe.js'], world: 'MAIN' },
      { tabId: tab.id, files: ['/content-scripts/content.js'] },
    ]);
    await send(pageMarkup, fromTab(tab.id!));
    expect((await db.accounts.get('audiense.com'))?.id).toBe('audiense.com');
  });

  it('reads a page again on a click without a second probe, and marks nothing on the page', async () => {
    await saveRepReading({ mode: 'click' });
    const tab = await fakeBrowser.tabs.create({ url });
    fakeScripting.readerIn.add(tab.id!);
    expect(
      await send({ type: 'readTab', data: { tabId: tab.id, confirmed: false } }, fromPanel()),
    ).toEqual({ status: 'reading' });
    expect(fakeScripting.injected).toEqual([
      { tabId: tab.id, files: ['/content-scripts/content.js'] },
    ]);
  });

  it('asks before reading a never-read host, and reads only a web page from a panel', async () => {
    await saveRepReading({ neverRead: ['linkedin.com'] });
    const tab = await fakeBrowser.tabs.create({ url });
    const ask = (confirmed: boolean, sender: object = fromPanel()) =>
      send({ type: 'readTab', data: { tabId: tab.id, confirmed } }, sender);
    expect(await ask(false)).toEqual({ status: 'needs-confirmation' });
    expect(fakeScripting.injected).toEqual([]);
    await send(pageMarkup, fromTab(tab.id!));
    expect(await db.accounts.count()).toBe(0);
    // A content script cannot ask for a read of its own.
    expect(await ask(true, fromTab(tab.id!))).toEqual({ status: 'refused' });
    expect(await ask(true)).toEqual({ status: 'reading' });
    await send(pageMarkup, fromTab(tab.id!));
    expect(await db.accounts.count()).toBe(1);
  });
});

describe('the administrator’s policy', () => {
  const policy = {
    mode: 'click' as const,
    intranetDomains: ['corp.example'],
    locked: ['readingMode' as const],
  };

  it('wins over the rep on a locked setting and adds the intranet to the never-read list', () => {
    const { settings, locked } = effectiveReading({ mode: 'auto', neverRead: ['a.io'] }, policy);
    expect(settings.mode).toBe('click');
    expect(settings.neverRead).toEqual(['a.io', 'corp.example']);
    expect(locked).toEqual(['readingMode']);
  });

  it('is a starting point the rep may change when not locked', () => {
    expect(effectiveReading({ mode: 'auto' }, { ...policy, locked: [] }).settings.mode).toBe(
      'auto',
    );
    expect(effectiveReading(undefined, { ...policy, locked: [] }).settings.mode).toBe('click');
  });

  it('refuses to save a locked setting', async () => {
    // Through managed storage, as an administrator sets it: the worker's own
    // start-up copy of the policy then cannot race the test's.
    await fakeBrowser.storage.managed.set({
      readingMode: 'click',
      intranetDomains: ['corp.example'],
      lockedSettings: ['readingMode'],
    });
    await refreshReadingPolicy();
    expect(await saveRepReading({ mode: 'auto' })).toEqual({
      ok: false,
      problems: ['readingMode is set by your administrator'],
    });
    expect(await saveRepReading({ paused: ['acme.com'] })).toEqual({ ok: true });
    expect((await loadReading()).settings).toMatchObject({ mode: 'click', paused: ['acme.com'] });
  });
});
