import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountRecord } from '../../../lib/core/accounts/account';
import { IcpLensDb } from '../../../lib/extension/db/db';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import { makeAccount } from '../../bench/rescore';
import { rescoreAccounts } from '../../../lib/extension/accounts/rescore-accounts';

// rescoreAccounts walks the accounts a chunk at a time by primary key: every
// account is visited once, in key order, whatever the chunk size, and a
// failure part-way (in scoring or in a write) undoes the whole transaction.

let db: IcpLensDb;
let n = 0;
const v2 = { ...sampleIcp, version: 2 };

beforeEach(async () => {
  db = new IcpLensDb(`rescore-chunks-${++n}`);
  await db.accounts.bulkPut(Array.from({ length: 25 }, (_, i) => makeAccount(i)));
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('rescoreAccounts, chunk by chunk', () => {
  it.each([1, 4, 5, 25, 26, 100])(
    're-scores every account once with chunks of %i',
    async (size) => {
      const seen: string[] = [];
      db.accounts.hook('updating', (_changes, key) => {
        seen.push(String(key));
      });
      const count = await db.transaction('rw', db.accounts, () => rescoreAccounts(db, v2, size));
      expect(count).toBe(25);
      expect(seen).toEqual([...seen].sort());
      expect(new Set(seen).size).toBe(25);
      for (const account of await db.accounts.toArray()) expect(account.score.icpVersion).toBe(2);
    },
  );

  it('undoes everything when scoring fails after earlier chunks were written', async () => {
    const broken = makeAccount(20);
    await db.accounts.put({
      ...broken,
      facts: { ...broken.facts, technologies: undefined },
    } as unknown as AccountRecord);
    const before = await db.accounts.toArray();
    await expect(
      db.transaction('rw', db.accounts, () => rescoreAccounts(db, v2, 4)),
    ).rejects.toThrow(TypeError);
    expect(await db.accounts.toArray()).toEqual(before);
  });

  it('undoes everything when a later chunk fails to write', async () => {
    db.accounts.hook('updating', (_changes, key) => {
      if (key === makeAccount(17).id) throw new Error('disk full');
    });
    const before = await db.accounts.toArray();
    await expect(
      db.transaction('rw', db.accounts, () => rescoreAccounts(db, v2, 4)),
    ).rejects.toThrow();
    expect(await db.accounts.toArray()).toEqual(before);
  });
});
