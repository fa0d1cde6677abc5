import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureIcpInstalled, getActiveIcp } from '../../../lib/extension/accounts/active-icp';
import { IcpLensDb } from '../../../lib/extension/db/db';
import {
  listenForSync,
  startSync,
  SYNC_ALARM,
  syncNow,
} from '../../../lib/extension/worker/sync/background-sync';
import { signEnvelope, type Envelope } from '../../../lib/core/sync/envelope';
import { generateSigningKeyPair, type SigningKeyPair } from '../../../lib/core/sync/keys';
import { readSyncStatus, saveUserSyncSettings } from '../../../lib/extension/sync/sync-state';
import { CONFIG_URL, fakeServer, icpVersion, jsonResponse, type FakeServer } from './helpers';

let team: SigningKeyPair;
let v2: Envelope;
let db: IcpLensDb;
let server: FakeServer;
let n = 0;

beforeAll(async () => {
  team = await generateSigningKeyPair();
  v2 = await signEnvelope(icpVersion(2), team.privateKey, { publisher: 'RevOps' });
});

beforeEach(async () => {
  db = new IcpLensDb(`background-sync-${++n}`);
  await ensureIcpInstalled(db, 1);
  server = fakeServer();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('background sync', () => {
  it('with nothing set up, schedules nothing and fetches nothing', async () => {
    expect(await startSync(db, { fetch: server.fetch })).toEqual({ status: 'off' });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });

  it('on start-up, schedules the alarm and syncs; the alarm syncs again', async () => {
    await saveUserSyncSettings({ url: CONFIG_URL, publicKey: team.publicKey });
    listenForSync(db, { fetch: server.fetch });
    server.answer(jsonResponse(v2, { etag: '"v2"' }));
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(async () => (await getActiveIcp(db)).version).toBe(2);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 60 });

    server.answer(new Response(null, { status: 304 }));
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now() });
    await expect.poll(() => server.requests.length).toBe(2);
    expect(server.requests[1]?.['if-none-match']).toBe('"v2"');
  });

  it('follows a policy: its URL, its interval', async () => {
    await fakeBrowser.storage.managed.set({
      configUrl: CONFIG_URL,
      publicKey: team.publicKey,
      syncIntervalMinutes: 15,
    });
    server.answer(jsonResponse(v2));
    expect(await startSync(db, { fetch: server.fetch })).toMatchObject({ status: 'updated' });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 15 });
    expect(await readSyncStatus()).toMatchObject({ url: CONFIG_URL, activeVersion: 2 });
  });

  it('syncs as soon as the rep saves settings', async () => {
    listenForSync(db, { fetch: server.fetch });
    server.answer(jsonResponse(v2));
    await saveUserSyncSettings({ url: CONFIG_URL, publicKey: team.publicKey, intervalMinutes: 30 });
    await expect.poll(async () => (await getActiveIcp(db)).version).toBe(2);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 30 });
  });

  it('runs one sync at a time and shares its outcome', async () => {
    await saveUserSyncSettings({ url: CONFIG_URL, publicKey: team.publicKey });
    server.answer(jsonResponse(v2));
    const [a, b] = await Promise.all([
      syncNow(db, { fetch: server.fetch }),
      syncNow(db, { fetch: server.fetch }),
    ]);
    expect(a).toBe(b);
    expect(server.requests).toHaveLength(1);
  });
});
