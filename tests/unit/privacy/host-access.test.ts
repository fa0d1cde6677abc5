import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { db } from '../../../lib/extension/db/db';
import { chooseReadingMode } from '../../../lib/extension/privacy/choose-mode';
import { loadReading } from '../../../lib/extension/privacy/reading-settings';
import { fakePermissions, installFakePermissions } from '../fake-permissions';
import { fakeScripting } from '../fake-scripting';

const held = async () => (await fakeBrowser.permissions.getAll()).origins?.sort();
const readerMatches = () => fakeScripting.registered.get('icp-lens-read')?.matches;

describe('host access follows the reading mode', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('registers nothing on a fresh install, and the reader once the rep grants the sites', async () => {
    installFakePermissions([]);
    background.main();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fakeScripting.registered.size).toBe(0);

    expect(await chooseReadingMode('auto')).toEqual({ ok: true });
    expect(fakePermissions.asked).toEqual([['http://*/*', 'https://*/*']]);
    await expect.poll(readerMatches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('gives every reading host back for "Only when I click", keeping the sync origin', async () => {
    installFakePermissions(['http://*/*', 'https://*/*', 'https://config.example.com/*']);
    background.main();
    await expect.poll(() => fakeScripting.registered.size).toBe(2);

    expect(await chooseReadingMode('click')).toEqual({ ok: true });
    expect(await held()).toEqual(['https://config.example.com/*']);
    expect(fakePermissions.asked).toEqual([]);
    await expect.poll(() => fakeScripting.registered.size).toBe(0);
    expect((await loadReading()).settings.mode).toBe('click');
  });

  it('narrows to LinkedIn alone for "LinkedIn, and other sites when I click"', async () => {
    installFakePermissions(['http://*/*', 'https://*/*']);
    background.main();
    await expect.poll(() => fakeScripting.registered.size).toBe(2);

    expect(await chooseReadingMode('linkedin-auto')).toEqual({ ok: true });
    expect(await held()).toEqual(['https://*.linkedin.com/*']);
    await expect.poll(readerMatches).toEqual(['https://*.linkedin.com/*']);
  });

  it('keeps the mode when the rep declines the browser prompt', async () => {
    installFakePermissions([]);
    fakePermissions.answer = false;
    background.main();
    await chooseReadingMode('click');

    const refused = await chooseReadingMode('auto');
    expect(refused.ok).toBe(false);
    expect((await loadReading()).settings.mode).toBe('click');
    expect(await held()).toEqual([]);
  });

  it('stops the automatic reader when the rep takes the access back in the browser', async () => {
    installFakePermissions(['http://*/*', 'https://*/*']);
    background.main();
    await expect.poll(() => fakeScripting.registered.size).toBe(2);
    await fakeBrowser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] });
    await expect.poll(() => fakeScripting.registered.size).toBe(0);
  });
});
