import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountRecord } from '../../../lib/core/accounts/account';
import { DAY_MS, retentionCounts } from '../../../lib/core/privacy/retention';
import { db } from '../../../lib/extension/db/db';
import {
  applyRetention,
  forgetAccount,
  forgetEverything,
  markOpened,
  openedTimes,
} from '../../../lib/extension/accounts/forget';

const now = Date.UTC(2026, 11, 1);
const account = (id: string, createdDaysAgo: number) =>
  ({
    id,
    facts: { company: {}, evidence: {}, provenance: {}, conflicts: {} },
    sources: [],
    score: { tier: { id: 'a', label: 'A' } },
    createdAt: now - createdDaysAgo * DAY_MS,
    updatedAt: now - createdDaysAgo * DAY_MS,
  }) as unknown as AccountRecord;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.accounts.bulkPut([
    account('old.com', 200),
    account('opened.com', 400),
    account('edge.com', 180),
    account('young.com', 179),
    account('soon.com', 175),
  ]);
  await markOpened(db, 'opened.com', now - 10 * DAY_MS);
  await db.tabs.put({
    tabId: 1,
    url: 'https://old.com/',
    kind: 'website',
    accountId: 'old.com',
    updatedAt: now,
  });
});

describe('retention', () => {
  it('counts what will go before it goes', async () => {
    const opened = await openedTimes(db);
    expect(retentionCounts(await db.accounts.toArray(), opened, 180, now)).toEqual({
      expired: 2,
      soon: 2,
    });
    expect(retentionCounts(await db.accounts.toArray(), opened, 0, now)).toEqual({
      expired: 0,
      soon: 0,
    });
  });

  it('deletes exactly the accounts not opened for the period', async () => {
    expect(await applyRetention(db, 180, now)).toBe(2);
    expect((await db.accounts.toCollection().primaryKeys()).sort()).toEqual([
      'opened.com',
      'soon.com',
      'young.com',
    ]);
    expect((await db.tabs.get(1))?.accountId).toBeNull();
  });

  it('keeps everything at 0 days', async () => {
    expect(await applyRetention(db, 0, now)).toBe(0);
    expect(await db.accounts.count()).toBe(5);
  });

  it('counts from the last time the panel opened the account', async () => {
    await markOpened(db, 'old.com', now);
    expect(await applyRetention(db, 180, now)).toBe(1);
    expect(await db.accounts.get('old.com')).toBeDefined();
  });
});

describe('forgetting', () => {
  it('forgets one account and leaves the others', async () => {
    await markOpened(db, 'old.com', now);
    await forgetAccount(db, 'old.com');
    expect(await db.opened.get('old.com')).toBeUndefined();
    expect(await db.accounts.get('old.com')).toBeUndefined();
    expect(await db.accounts.count()).toBe(4);
    expect((await db.tabs.get(1))?.accountId).toBeNull();
  });

  it('forgets every account', async () => {
    await forgetEverything(db);
    expect(await db.accounts.count()).toBe(0);
    expect(await db.opened.count()).toBe(0);
    expect(await db.tabs.count()).toBe(0);
  });
});
