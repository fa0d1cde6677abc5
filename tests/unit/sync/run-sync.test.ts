import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountRecord } from '../../../lib/core/accounts/account';
import { ensureIcpInstalled, getActiveIcp } from '../../../lib/extension/accounts/active-icp';
import { IcpLensDb } from '../../../lib/extension/db/db';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import type { IcpConfig } from '../../../lib/core/icp/schema';
import { score } from '../../../lib/core/scoring/score';
import { signEnvelope, type Envelope } from '../../../lib/core/sync/envelope';
import { generateSigningKeyPair, type SigningKeyPair } from '../../../lib/core/sync/keys';
import { rescoreAccounts } from '../../../lib/extension/accounts/rescore-accounts';
import { runSync } from '../../../lib/extension/worker/sync/run-sync';
import {
  readSyncStatus,
  saveUserSyncSettings,
  writeSyncStatus,
} from '../../../lib/extension/sync/sync-state';
import {
  bigBody,
  CONFIG_URL,
  fakeServer,
  icpVersion,
  jsonResponse,
  signRaw,
  type FakeServer,
} from './helpers';

let team: SigningKeyPair;
let stranger: SigningKeyPair;
let v2: Envelope;
let db: IcpLensDb;
let server: FakeServer;
let clock: number;
let n = 0;

const now = () => clock;
const sync = (deps = {}) => runSync(db, { fetch: server.fetch, now, timeoutMs: 50, ...deps });
const sign = (icp: IcpConfig, meta = {}) =>
  signEnvelope(icp, team.privateKey, {
    publisher: 'RevOps',
    publishedAt: '2026-01-15T10:00:00Z',
    ...meta,
  });

/** Accounts of every size around the v1 and v2 employee bands, plus unknowns. */
function makeAccounts(): AccountRecord[] {
  const sizes = [5, 60, 150, 300, 800, 1200, 2500, 12000, undefined];
  return sizes.flatMap((min, i) =>
    ['Software Development', 'Staffing and Recruiting'].map((industry, j) => {
      const id = `company-${i}-${j}.example`;
      const facts: AccountRecord['facts'] = {
        company: {
          name: `Company ${i}-${j}`,
          domain: id,
          industry,
          ...(min !== undefined && { employees: { min, max: min } }),
          hq: { country: i % 2 ? 'US' : 'DE' },
        },
        technologies: [{ name: 'HubSpot', categories: ['CRM'], evidence: 'script' }],
        signals: [],
        evidence: {},
        provenance: {},
        conflicts: {},
      };
      return {
        id,
        domain: id,
        facts,
        sources: [],
        score: score(facts, sampleIcp),
        createdAt: 1,
        updatedAt: 1,
      };
    }),
  );
}

beforeAll(async () => {
  [team, stranger] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()]);
  v2 = await signEnvelope(icpVersion(2), team.privateKey, {
    publisher: 'RevOps',
    publishedAt: '2026-01-15T10:00:00Z',
    changelog: 'Mid-market means 1,000+ employees now.',
  });
});

beforeEach(async () => {
  db = new IcpLensDb(`sync-${++n}`);
  await ensureIcpInstalled(db, 1);
  await db.accounts.bulkPut(makeAccounts());
  server = fakeServer();
  clock = 1_000;
  const saved = await saveUserSyncSettings({ url: CONFIG_URL, publicKey: team.publicKey });
  expect(saved.ok).toBe(true);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('runSync: a good update', () => {
  it('installs v2, re-scores every account and says what changed', async () => {
    server.answer(jsonResponse(v2, { etag: '"v2"' }));
    const outcome = await sync();

    expect(outcome).toMatchObject({ status: 'updated', from: 1, to: 2, rescored: 18 });
    const active = await getActiveIcp(db);
    expect(active.version).toBe(2);
    const history = await db.icpHistory.orderBy('seq').toArray();
    expect(history.map((h) => [h.version, h.source])).toEqual([
      [1, 'sample'],
      [2, CONFIG_URL],
    ]);
    for (const account of await db.accounts.toArray()) {
      expect(account.score).toEqual(score(account.facts, active));
      expect(account.updatedAt).toBe(1);
    }
    // v1's mid-market band was 200-2,000 employees, v2's is 1,000+.
    const tier = async (id: string) => (await db.accounts.get(id))?.score.tier.id;
    expect(await tier('company-4-0.example')).toBe('b'); // 800 people: was A
    expect(await tier('company-6-0.example')).toBe('a'); // 2,500 people: was B

    const status = await readSyncStatus();
    expect(status).toMatchObject({
      url: CONFIG_URL,
      lastAttemptAt: 1_000,
      lastSuccessAt: 1_000,
      activeVersion: 2,
      etag: '"v2"',
      lastChange: {
        from: 1,
        to: 2,
        changelog: 'Mid-market means 1,000+ employees now.',
        publisher: 'RevOps',
      },
    });
    expect(status.lastChange?.summary).toContain(
      "Mid-market B2B software: 'employees' now requires 1,000+ employees (was 200-2,000)",
    );
    expect(status.lastError).toBeUndefined();
  });

  it('does nothing while sync is not set up', async () => {
    await runSync(db, {
      fetch: server.fetch,
      setup: {
        settings: undefined,
        locked: false,
        intervalMinutes: 60,
        policyProblems: [],
        user: undefined,
      },
    }).then((outcome) => expect(outcome).toEqual({ status: 'off' }));
    expect(server.requests).toHaveLength(0);
  });
});

describe('runSync: after v2, every bad answer keeps v2 and says why', () => {
  let before: AccountRecord[];

  beforeEach(async () => {
    server.answer(jsonResponse(v2, { etag: '"v2"' }));
    expect((await sync()).status).toBe('updated');
    before = await db.accounts.toArray();
    clock = 2_000;
  });

  const cases: [string, () => Promise<Response | 'hang'>, RegExp][] = [
    ['a 500', async () => new Response('boom', { status: 500 }), /^server answered 500$/],
    ['a timeout', async () => 'hang', /^timed out after 50 ms$/],
    ['invalid JSON', async () => jsonResponse('{"format": "icp-lens-envelope", '), /^not JSON$/],
    [
      'a valid envelope with a bad signature',
      async () => {
        const v3 = await sign(icpVersion(3));
        return jsonResponse({ ...v3, changelog: 'slipped in after signing' });
      },
      /^bad signature/,
    ],
    [
      'an envelope signed by another key',
      async () =>
        jsonResponse(await signEnvelope(icpVersion(3), stranger.privateKey, { publisher: 'X' })),
      /^signed with key [0-9a-f]{16}, not the team's key/,
    ],
    [
      'a well-signed but schema-invalid payload',
      async () => {
        const broken = { ...icpVersion(3), tiers: [] };
        return jsonResponse(
          await signRaw(team.privateKey, { version: 3, payload: JSON.stringify(broken) }),
        );
      },
      /^payload is not a valid ICP: tiers: Too small/,
    ],
    [
      'a lower version',
      async () => jsonResponse(await sign(icpVersion(1))),
      /^server offers v1, older than the installed v2; not downgrading/,
    ],
    [
      'the same version with other content',
      async () => jsonResponse(await sign({ ...icpVersion(2), minConfidence: 10 })),
      /^server offers v2 again with different content/,
    ],
    [
      'a 20 MB body',
      async () => new Response(bigBody(20 * 1024 * 1024).stream, { status: 200 }),
      /^body larger than 1 MiB$/,
    ],
  ];

  it.each(cases)('%s', async (_name, answer, reason) => {
    server.answer(await answer());
    const outcome = await sync();

    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.reason).toMatch(reason);
    expect((await getActiveIcp(db)).version).toBe(2);
    expect(await db.icpHistory.count()).toBe(2);
    expect(await db.accounts.toArray()).toEqual(before);
    const status = await readSyncStatus();
    expect(status.lastError).toEqual({ at: 2_000, reason: expect.stringMatching(reason) });
    expect(status).toMatchObject({ activeVersion: 2, lastAttemptAt: 2_000, lastSuccessAt: 1_000 });
    // The last good file's validators were sent, and survive the failure.
    expect(server.requests[1]?.['if-none-match']).toBe('"v2"');
    expect(status.etag).toBe('"v2"');
    expect(status.lastChange?.to).toBe(2);
  });

  it('keeps v2 through a whole run of failures, then takes v3', async () => {
    for (const [, answer] of cases) {
      server.answer(await answer());
      expect((await sync()).status).toBe('failed');
    }
    expect(await db.accounts.toArray()).toEqual(before);
    server.answer(jsonResponse(await sign(icpVersion(3)), { etag: '"v3"' }));
    expect(await sync()).toMatchObject({ status: 'updated', from: 2, to: 3 });
    expect((await readSyncStatus()).lastError).toBeUndefined();
  });

  it('a 304 records a successful check and clears an earlier error', async () => {
    server.answer(new Response('boom', { status: 500 }));
    await sync();
    clock = 3_000;
    server.answer(new Response(null, { status: 304 }));
    expect(await sync()).toEqual({ status: 'not-modified' });
    const status = await readSyncStatus();
    expect(status).toMatchObject({ lastSuccessAt: 3_000, activeVersion: 2, etag: '"v2"' });
    expect(status.lastError).toBeUndefined();
  });

  it('the same file again is a no-op', async () => {
    server.answer(jsonResponse(v2, { etag: '"v2"' }));
    expect(await sync()).toEqual({ status: 'unchanged', version: 2 });
    expect(await db.icpHistory.count()).toBe(2);
    expect(await db.accounts.toArray()).toEqual(before);
  });

  it('goes back to an older version only on an explicit rollback', async () => {
    server.answer(jsonResponse(await sign(icpVersion(1))));
    expect(await sync({ allowRollback: true })).toMatchObject({
      status: 'updated',
      from: 2,
      to: 1,
    });
    const active = await getActiveIcp(db);
    expect(active.version).toBe(1);
    for (const account of await db.accounts.toArray())
      expect(account.score).toEqual(score(account.facts, active));
  });

  it('changes nothing when storing fails half-way', async () => {
    const bulkPut = vi.spyOn(db.accounts, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    server.answer(jsonResponse(await sign(icpVersion(3))));
    const outcome = await sync();
    expect(outcome).toEqual({ status: 'failed', reason: 'could not store the update: disk full' });
    expect(bulkPut).toHaveBeenCalled();
    expect(await db.icpHistory.count()).toBe(2);
    expect((await getActiveIcp(db)).version).toBe(2);
    expect(await db.accounts.toArray()).toEqual(before);
  });

  it('does not send the old etag to a new URL', async () => {
    const other = 'https://other.example.com/icp.json';
    await saveUserSyncSettings({ url: other, publicKey: team.publicKey });
    server.answer(jsonResponse(v2));
    // Versions count per source: the new URL's v2 is a first install there.
    expect(await sync()).toMatchObject({ status: 'updated', to: 2 });
    expect(server.requests[1]).not.toHaveProperty('if-none-match');
    expect(await readSyncStatus()).toMatchObject({ url: other, activeVersion: 2 });
  });
});

describe('runSync: first install', () => {
  it('fetches the whole file when the history lost what the etag stood for', async () => {
    await writeSyncStatus({
      url: CONFIG_URL,
      etag: '"v2"',
      lastAttemptAt: 1,
      lastSuccessAt: 1,
      activeVersion: 2,
    });
    server.answer(jsonResponse(v2));
    expect(await sync()).toMatchObject({ status: 'updated', to: 2 });
    expect(server.requests[0]).not.toHaveProperty('if-none-match');
  });

  it('reports a policy it cannot use', async () => {
    const outcome = await runSync(db, {
      fetch: server.fetch,
      now,
      setup: {
        settings: undefined,
        locked: false,
        intervalMinutes: 60,
        policyProblems: ['configUrl: use an https:// address'],
        user: undefined,
      },
    });
    expect(outcome).toEqual({
      status: 'failed',
      reason: 'managed policy unusable: configUrl: use an https:// address',
    });
    expect((await readSyncStatus()).lastError?.reason).toMatch(/managed policy/);
  });
});

describe('rescoreAccounts', () => {
  it('re-scores in chunks, all or nothing with the surrounding transaction', async () => {
    const before = await db.accounts.toArray();
    const v2icp = icpVersion(2);
    await expect(
      db.transaction('rw', db.accounts, async () => {
        expect(await rescoreAccounts(db, v2icp, 4)).toBe(18);
        throw new Error('worker stopped');
      }),
    ).rejects.toThrow('worker stopped');
    expect(await db.accounts.toArray()).toEqual(before);

    await db.transaction('rw', db.accounts, () => rescoreAccounts(db, v2icp, 4));
    for (const account of await db.accounts.toArray()) expect(account.score.icpVersion).toBe(2);
  });

  it('refuses to run outside a transaction', async () => {
    await expect(rescoreAccounts(db, sampleIcp)).rejects.toThrow(/inside a rw transaction/);
  });
});
