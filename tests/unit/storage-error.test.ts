import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureIcpInstalled } from '../../lib/extension/accounts/active-icp';
import { IcpLensDb } from '../../lib/extension/db/db';
import { createHandlers } from '../../lib/extension/worker/handlers';
import type { Handlers } from '../../lib/messaging/listen';
import {
  noticeWaiting,
  STORAGE_ERROR_KEY,
  STORAGE_WAIT_MS,
} from '../../lib/extension/storage-error';

afterEach(() => {
  vi.useRealTimers();
});

describe('noticeWaiting', () => {
  it('says nothing about a write that settles in time', async () => {
    vi.useFakeTimers();
    const onWaiting = vi.fn(async () => {});
    expect(await noticeWaiting(Promise.resolve(7), onWaiting, 100)).toBe(7);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it('reports a write that waits, once, and still returns what it wrote', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const onWaiting = vi.fn(async () => {
      await Promise.resolve();
      order.push('reported');
    });
    let land!: (value: string) => void;
    const write = new Promise<string>((resolve) => (land = resolve));
    const result = noticeWaiting(write, onWaiting, 100).then((value) => {
      order.push('landed');
      return value;
    });
    await vi.advanceTimersByTimeAsync(500);
    expect(onWaiting).toHaveBeenCalledTimes(1);
    land('saved');
    expect(await result).toBe('saved');
    // The report is written before the caller goes on to clear it.
    expect(order).toEqual(['reported', 'landed']);
  });

  it('passes on a write that fails', async () => {
    await expect(noticeWaiting(Promise.reject(new Error('disk')), async () => {})).rejects.toThrow(
      'disk',
    );
  });
});

describe('a blocked database', () => {
  const audiense = {
    url: 'https://www.linkedin.com/company/audiense/about/',
    html: readFileSync('tests/fixtures/linkedin-company-audiense.html', 'utf8'),
  };
  // A content script's sender: the tab's id is all the handler reads.
  const sender = { id: fakeBrowser.runtime.id, tab: { id: 5 } } as Parameters<
    Handlers['pageMarkup']
  >[1];

  it('shows a red badge and the reason while a page waits, then saves it', async () => {
    const db = new IcpLensDb('blocked-database');
    await ensureIcpInstalled(db, 1);
    const handlers = createHandlers(db);

    // A window holding an older version open that ignores "versionchange",
    // and an upgrade queued behind it: every later open waits for both.
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('blocked-database');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    holder.onversionchange = null;
    const upgrade = indexedDB.open('blocked-database', holder.version + 1);
    upgrade.onsuccess = () => upgrade.result.close();
    await new Promise((resolve) => (upgrade.onblocked = resolve));

    const reply = handlers.pageMarkup(audiense, sender);
    await expect
      .poll(() => fakeBrowser.action.getBadgeText({ tabId: 5 }), {
        timeout: STORAGE_WAIT_MS + 5000,
      })
      .toBe('!');
    const stored = await fakeBrowser.storage.local.get(STORAGE_ERROR_KEY);
    expect((stored[STORAGE_ERROR_KEY] as { message: string }).message).toMatch(
      /waiting for its database/,
    );

    // The old window closes: the page lands and the reason goes away.
    holder.close();
    expect(await reply).toEqual({ accountId: 'audiense.com', wantsTechnologies: false });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('B');
    expect(await fakeBrowser.storage.local.get(STORAGE_ERROR_KEY)).toEqual({});
    expect(await db.accounts.get('audiense.com')).toBeDefined();
    db.close();
    await db.delete();
  });
});
