import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadReading,
  readCachedPolicy,
  refreshReadingPolicy,
} from '../../../lib/extension/privacy/reading-settings';
import { readManagedSettings } from '../../../lib/extension/sync/managed';

describe('the reading policy from managed storage', () => {
  it('reads the reading keys and copies them where page reads find them fast', async () => {
    await fakeBrowser.storage.managed.set({
      readingMode: 'linkedin-auto',
      intranetDomains: ['corp.example'],
      retentionDays: 30,
      lockedSettings: ['readingMode', 'retentionDays'],
    });
    expect(await refreshReadingPolicy()).toEqual({
      mode: 'linkedin-auto',
      intranetDomains: ['corp.example'],
      retentionDays: 30,
      locked: ['readingMode', 'retentionDays'],
    });
    expect((await readCachedPolicy())?.mode).toBe('linkedin-auto');
    const { settings, locked } = await loadReading();
    expect(settings).toMatchObject({ mode: 'linkedin-auto', retentionDays: 30 });
    expect(settings.neverRead).toContain('corp.example');
    expect(locked).toEqual(['readingMode', 'retentionDays']);
  });

  it('refuses a policy with an unknown mode or lock, naming the key', async () => {
    await fakeBrowser.storage.managed.set({ readingMode: 'everywhere', lockedSettings: ['all'] });
    const read = await readManagedSettings();
    expect(read.settings).toBeUndefined();
    expect(read.problems.join(' ')).toMatch(/readingMode/);
  });

  it('drops the copy when the policy goes', async () => {
    await fakeBrowser.storage.managed.set({ readingMode: 'click' });
    await refreshReadingPolicy();
    await fakeBrowser.storage.managed.clear();
    expect(await refreshReadingPolicy()).toBeUndefined();
    expect(await readCachedPolicy()).toBeUndefined();
    expect((await loadReading()).settings.mode).toBe('auto');
  });
});
