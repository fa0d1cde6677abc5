import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateSigningKeyPair, type SigningKeyPair } from '../../../lib/core/sync/keys';
import { managedPolicySchema, readManagedSettings } from '../../../lib/extension/sync/managed';
import { loadSyncSetup, saveUserSyncSettings } from '../../../lib/extension/sync/sync-state';
import { CONFIG_URL } from './helpers';

// Chrome reads storage.managed_schema with its policy schema subset: a
// top-level object whose properties each declare a JSON type; unknown
// keywords make Chrome reject the whole schema.
const schema = JSON.parse(readFileSync('lib/extension/sync/managed-schema.json', 'utf8')) as {
  type: string;
  properties: Record<string, Record<string, unknown>>;
};
const CHROME_TYPES = ['string', 'integer', 'number', 'boolean', 'array', 'object'];
const CHROME_KEYWORDS = [
  'type',
  'title',
  'description',
  'properties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'required',
  'additionalProperties',
  'patternProperties',
  'sensitiveValue',
  'id',
  '$ref',
];

/** Applies the schema the way Chrome does to one policy: each known key, by type and bounds. */
function chromeAccepts(policy: Record<string, unknown>): boolean {
  return Object.entries(policy).every(([key, value]) => {
    const p = schema.properties[key];
    if (!p) return true; // Chrome ignores (and warns about) unknown keys.
    const typeOk =
      p.type === 'integer'
        ? Number.isInteger(value)
        : p.type === 'boolean'
          ? typeof value === 'boolean'
          : typeof value === p.type;
    if (!typeOk) return false;
    if (typeof p.pattern === 'string' && !new RegExp(p.pattern).test(String(value))) return false;
    if (typeof p.minimum === 'number' && (value as number) < p.minimum) return false;
    if (typeof p.maximum === 'number' && (value as number) > p.maximum) return false;
    return true;
  });
}

let team: SigningKeyPair;
beforeAll(async () => {
  team = await generateSigningKeyPair();
});

describe('managed-schema.json', () => {
  it('has the shape Chrome expects', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema).every((k) => CHROME_KEYWORDS.includes(k))).toBe(true);
    for (const [name, property] of Object.entries(schema.properties)) {
      expect(CHROME_TYPES, name).toContain(property.type);
      expect(typeof property.description, name).toBe('string');
      expect(
        Object.keys(property).every((k) => CHROME_KEYWORDS.includes(k)),
        name,
      ).toBe(true);
    }
  });

  it('names exactly the keys the extension reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      Object.keys(managedPolicySchema.shape).sort(),
    );
  });

  it('agrees with the extension on what a policy may hold', () => {
    const good = {
      configUrl: CONFIG_URL,
      publicKey: team.publicKey,
      syncIntervalMinutes: 30,
      lockEditing: true,
    };
    expect(chromeAccepts(good)).toBe(true);
    expect(managedPolicySchema.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, syncIntervalMinutes: 0 },
      { ...good, syncIntervalMinutes: 2.5 },
      { ...good, lockEditing: 'yes' },
      { ...good, publicKey: 'short' },
    ]) {
      expect(chromeAccepts(bad), JSON.stringify(bad)).toBe(false);
      expect(managedPolicySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('readManagedSettings', () => {
  it('reads nothing when no policy is set', async () => {
    expect(await readManagedSettings()).toEqual({ settings: undefined, problems: [] });
  });

  it('reads nothing when the browser has no managed storage', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(
      new Error('Managed storage manifest not found'),
    );
    expect(await readManagedSettings()).toEqual({ settings: undefined, problems: [] });
  });

  it("maps the administrator's policy onto sync settings", async () => {
    await fakeBrowser.storage.managed.set({
      configUrl: CONFIG_URL,
      publicKey: team.publicKey,
      syncIntervalMinutes: 15,
      lockEditing: true,
    });
    expect(await readManagedSettings()).toEqual({
      settings: { url: CONFIG_URL, publicKey: team.publicKey, intervalMinutes: 15, locked: true },
      problems: [],
    });
  });

  it('reports a policy it cannot use, key by key', async () => {
    await fakeBrowser.storage.managed.set({
      configUrl: 'http://config.example.com/icp.json',
      publicKey: team.publicKey,
    });
    const read = await readManagedSettings();
    expect(read.settings).toBeUndefined();
    expect(read.problems).toEqual([
      'configUrl: use an https:// address (http:// only for localhost or 127.0.0.1)',
    ]);
  });

  it('wants the URL and the key together', async () => {
    await fakeBrowser.storage.managed.set({ configUrl: CONFIG_URL });
    expect((await readManagedSettings()).problems).toEqual([
      'set configUrl and publicKey together',
    ]);
  });
});

describe('loadSyncSetup', () => {
  const userUrl = 'https://rep.example.com/icp.json';

  it("uses the rep's settings when there is no policy", async () => {
    await saveUserSyncSettings({ url: userUrl, publicKey: team.publicKey, intervalMinutes: 120 });
    expect((await loadSyncSetup()).settings).toEqual({
      url: userUrl,
      publicKey: team.publicKey,
      intervalMinutes: 120,
      locked: false,
      source: 'user',
    });
  });

  it("puts the policy over the rep's settings, with the default interval", async () => {
    await saveUserSyncSettings({ url: userUrl, publicKey: team.publicKey });
    await fakeBrowser.storage.managed.set({ configUrl: CONFIG_URL, publicKey: team.publicKey });
    const setup = await loadSyncSetup();
    expect(setup.settings).toEqual({
      url: CONFIG_URL,
      publicKey: team.publicKey,
      intervalMinutes: 60,
      locked: false,
      source: 'managed',
    });
    expect(setup.user?.url).toBe(userUrl);
  });

  it('a lock refuses local changes, even without a policy URL', async () => {
    await fakeBrowser.storage.managed.set({ lockEditing: true });
    expect(await saveUserSyncSettings({ url: userUrl, publicKey: team.publicKey })).toEqual({
      ok: false,
      problems: ['sync settings are managed by your administrator'],
    });
    expect(await loadSyncSetup()).toMatchObject({ settings: undefined, locked: true });
  });

  it("checks the rep's input", async () => {
    const saved = await saveUserSyncSettings({
      url: 'ftp://x.example/icp.json',
      publicKey: 'nope',
      intervalMinutes: 0,
    });
    expect(saved).toEqual({
      ok: false,
      problems: [
        'url: use an https:// address (http:// only for localhost or 127.0.0.1)',
        'publicKey: use the team public key: 43 base64url characters',
        'intervalMinutes: Too small: expected number to be >=1',
      ],
    });
  });
});
