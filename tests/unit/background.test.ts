import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { db } from '../../lib/extension/db/db';
import { openChannel } from '../../lib/messaging/send';
import { portSender } from './fake-ports';

const audiense = {
  url: 'https://www.linkedin.com/company/audiense/about/',
  html: readFileSync('tests/fixtures/linkedin-company-audiense.html', 'utf8'),
};
const message = { type: 'pageMarkup', data: audiense };
const fromContentScript = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } });

/** Sends as a content script would, and resolves with the background's answer (undefined if ignored). */
async function send(msg: unknown, sender: object): Promise<unknown> {
  let respond!: (value: unknown) => void;
  const answered = new Promise((resolve) => (respond = resolve));
  // The fake's trigger is typed for (message, sender); listeners get all three.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (
    ...args: unknown[]
  ) => Promise<unknown[]>;
  const kept = await trigger(msg, sender, respond);
  return kept.some((k) => k === true) ? answered : undefined;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  background.main();
});

describe('background', () => {
  it('installs the sample ICP on first install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await expect.poll(() => db.icpHistory.count()).toBe(1);
  });

  it('scores what a content script reports, stores it and sets the badge', async () => {
    expect(await send(message, fromContentScript(5))).toEqual({
      accountId: 'audiense.com',
      wantsTechnologies: false,
    });
    const account = await db.accounts.get('audiense.com');
    expect(account?.score.tier.id).toBe('b');
    expect(await db.tabs.get(5)).toMatchObject({ accountId: 'audiense.com' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('B');
  });

  it('sets the badge of every tab showing an account the panel changed, and only for the panel', async () => {
    await send(message, fromContentScript(5));
    const account = await db.accounts.get('audiense.com');
    const tierA = { ...account!.score.tier, id: 'a', label: 'A' };
    await db.accounts.update('audiense.com', { score: { ...account!.score, tier: tierA } });
    const changed = { type: 'accountChanged', data: { accountId: 'audiense.com' } };

    expect(await send(changed, fromContentScript(5))).toEqual({ tabs: 0 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('B');

    const panel = {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/sidepanel.html'),
    };
    expect(await send(changed, panel)).toEqual({ tabs: 1 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('A');
  });

  it('clears the badge when the tab moves to a page that is not a company', async () => {
    await send(message, fromContentScript(5));
    const news = {
      url: 'https://techcrunch.com/2016/01/12/hackerrank-jobs-takes-the-mystery-out-of-technical-recruiting/',
      html: readFileSync('tests/fixtures/other-techcrunch-article.html', 'utf8'),
    };
    expect(await send({ type: 'pageMarkup', data: news }, fromContentScript(5))).toEqual({
      accountId: null,
      wantsTechnologies: false,
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it.each([
    ['another extension', { id: 'someone-else', tab: { id: 5 } }],
    ['a web page', { id: fakeBrowser.runtime.id, url: 'https://evil.example/' }],
  ])('ignores messages from %s', async (_name, sender) => {
    expect(await send(message, sender)).toBeUndefined();
    expect(await db.accounts.count()).toBe(0);
  });

  it('answers a content script over its port, and only this extension’s', async () => {
    portSender.current = fromContentScript(6);
    const reply = await openChannel().send('pageMarkup', audiense);
    expect(reply).toMatchObject({ accountId: 'audiense.com' });
    expect(await db.tabs.get(6)).toMatchObject({ accountId: 'audiense.com' });

    await db.accounts.clear();
    portSender.current = { id: 'someone-else', tab: { id: 7 } };
    await expect(openChannel().send('pageMarkup', audiense)).rejects.toThrow();
    expect(await db.accounts.count()).toBe(0);
  });

  it('ignores malformed messages', async () => {
    const bad = { type: 'pageMarkup', data: { ...audiense, url: 12 } };
    expect(await send(bad, fromContentScript(5))).toBeUndefined();
    expect(await db.accounts.count()).toBe(0);
  });

  it('forgets a tab when it closes', async () => {
    await send(message, fromContentScript(5));
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await expect.poll(() => db.tabs.get(5)).toBeUndefined();
    expect(await db.accounts.count()).toBe(1);
  });
});

describe('storage failures', () => {
  it('show a red badge and a reason instead of losing the page silently', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.accounts, 'put').mockRejectedValueOnce(quota);
    expect(await send(message, fromContentScript(5))).toEqual({
      accountId: null,
      wantsTechnologies: false,
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
    const stored = await fakeBrowser.storage.local.get('storageError');
    expect((stored.storageError as { message: string }).message).toMatch(/no storage left/);
    spy.mockRestore();

    // The next successful save clears it.
    expect(await send(message, fromContentScript(5))).toEqual({
      accountId: 'audiense.com',
      wantsTechnologies: false,
    });
    expect(await fakeBrowser.storage.local.get('storageError')).toEqual({});
  });
});
