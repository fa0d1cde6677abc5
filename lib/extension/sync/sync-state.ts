import { browser } from 'wxt/browser';
import { z } from 'zod';
import { describeIssues } from '../../core/icp/parse';
import { configUrlSchema, publicKeySchema } from '../../core/sync/config-url';
import { intervalSchema, readManagedSettings } from './managed';

// Sync settings and status live in storage.local, not in the service
// worker's memory: the worker can be stopped between any two events, and the
// options page reads the same keys (and watches them with onChanged).

export const SETTINGS_KEY = 'icpSync.settings';
export const STATUS_KEY = 'icpSync.status';
export const DEFAULT_INTERVAL_MINUTES = 60;

/** What the rep entered (or a join link carried). */
export const userSyncSettingsSchema = z.object({
  url: configUrlSchema,
  publicKey: publicKeySchema,
  intervalMinutes: intervalSchema.default(DEFAULT_INTERVAL_MINUTES),
});
export type UserSyncSettings = z.infer<typeof userSyncSettingsSchema>;
export type UserSyncSettingsInput = z.input<typeof userSyncSettingsSchema>;

/** The settings in force: the administrator's policy over the rep's own. */
export interface SyncSettings {
  url: string;
  publicKey: string;
  intervalMinutes: number;
  /** Set by policy: the options page hides local ICP editing and the sync form. */
  locked: boolean;
  source: 'user' | 'managed';
}

export interface SyncSetup {
  /** Undefined while no URL and key are set: sync is off. */
  settings: SyncSettings | undefined;
  /** Also true when a policy locks editing without naming a URL. */
  locked: boolean;
  intervalMinutes: number;
  /** A managed policy that is set but unusable, as "key: message". */
  policyProblems: string[];
  /** The rep's own settings, for the form (even while a policy overrides them). */
  user: UserSyncSettings | undefined;
}

const lastChangeSchema = z.object({
  from: z.number().int().nullable(),
  to: z.number().int(),
  at: z.number(),
  summary: z.array(z.string()),
  changelog: z.string().optional(),
  publisher: z.string().optional(),
});

export const syncStatusSchema = z.object({
  /** The URL this status describes; its etag and dates mean nothing for another one. */
  url: z.string().optional(),
  lastAttemptAt: z.number().nullable().default(null),
  lastSuccessAt: z.number().nullable().default(null),
  lastError: z.object({ at: z.number(), reason: z.string() }).optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** Version of the ICP last installed from the URL. */
  activeVersion: z.number().int().nullable().default(null),
  lastChange: lastChangeSchema.optional(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
export type SyncChange = z.infer<typeof lastChangeSchema>;

export const EMPTY_STATUS: SyncStatus = {
  lastAttemptAt: null,
  lastSuccessAt: null,
  activeVersion: null,
};

export async function readUserSyncSettings(): Promise<UserSyncSettings | undefined> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = userSyncSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The setup as the rep's own settings make it, before any policy is known:
 * what the options page shows at once, since Chromium takes seconds to answer
 * the first storage.managed.get().
 */
export function setupWithoutPolicy(user: UserSyncSettings | undefined): SyncSetup {
  return {
    settings: user && {
      url: user.url,
      publicKey: user.publicKey,
      intervalMinutes: user.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
      locked: false,
      source: 'user',
    },
    locked: false,
    intervalMinutes: user?.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
    policyProblems: [],
    user,
  };
}

export async function loadSyncSetup(): Promise<SyncSetup> {
  const [managed, user] = await Promise.all([readManagedSettings(), readUserSyncSettings()]);
  const policy = managed.settings;
  const locked = policy?.locked ?? false;
  const intervalMinutes =
    policy?.intervalMinutes ?? user?.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES;
  let settings: SyncSettings | undefined;
  if (policy?.url && policy.publicKey) {
    settings = {
      url: policy.url,
      publicKey: policy.publicKey,
      intervalMinutes,
      locked,
      source: 'managed',
    };
  } else if (user) {
    settings = {
      url: user.url,
      publicKey: user.publicKey,
      intervalMinutes,
      locked,
      source: 'user',
    };
  }
  return { settings, locked, intervalMinutes, policyProblems: managed.problems, user };
}

export type SaveSettingsResult =
  { ok: true; settings: UserSyncSettings } | { ok: false; problems: string[] };

/**
 * Stores the rep's sync settings after checking them. Refused while a policy
 * locks editing. Request the URL's host permission (originPattern) from the
 * click handler itself, before this: permission prompts need the user gesture.
 */
export async function saveUserSyncSettings(
  input: UserSyncSettingsInput,
): Promise<SaveSettingsResult> {
  const setup = await loadSyncSetup();
  if (setup.locked)
    return { ok: false, problems: ['sync settings are managed by your administrator'] };
  const parsed = userSyncSettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed.data });
  return { ok: true, settings: parsed.data };
}

/** Stops syncing; the ICPs already installed stay in history and in force. */
export async function clearUserSyncSettings(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_KEY);
}

export async function readSyncStatus(): Promise<SyncStatus> {
  const stored = (await browser.storage.local.get(STATUS_KEY))[STATUS_KEY];
  const parsed = syncStatusSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { ...EMPTY_STATUS };
}

export async function writeSyncStatus(status: SyncStatus): Promise<void> {
  // storage serialises as JSON: drop undefined fields rather than rely on it.
  await browser.storage.local.set({ [STATUS_KEY]: JSON.parse(JSON.stringify(status)) });
}

/** Calls back with the new status whenever a sync records one; returns the unsubscribe. */
export function onSyncStatusChanged(callback: (status: SyncStatus) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[STATUS_KEY];
    if (area !== 'local' || !change) return;
    const parsed = syncStatusSchema.safeParse(change.newValue ?? {});
    callback(parsed.success ? parsed.data : { ...EMPTY_STATUS });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
