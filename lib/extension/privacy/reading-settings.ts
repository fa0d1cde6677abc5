import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  DEFAULT_READING_SETTINGS,
  READING_MODES,
  type ReadingSettings,
} from '../../core/privacy/reading-policy';
import { KEEP_PATTERN } from '../../core/privacy/keep-policy';
import {
  LOCKABLE_SETTINGS,
  readManagedSettings,
  type LockableSetting,
  type ManagedReading,
} from '../sync/managed';

// The rep's reading settings live in storage.local; the administrator's
// reading policy is copied there too by the worker, because Chromium takes
// seconds to answer the first storage.managed.get() and a page read (or the
// options page) must not wait for it.

export const READING_KEY = 'readingSettings';
export const READING_POLICY_KEY = 'readingPolicy';

const patterns = z.array(z.string().max(253)).max(1000);
const keep = z.string().regex(KEEP_PATTERN) as z.ZodType<ReadingSettings['keep']>;
const repSchema = z
  .object({
    mode: z.enum(READING_MODES),
    neverRead: patterns,
    paused: patterns,
    retentionDays: z.number().int().min(0).max(3650),
    keep,
  })
  .partial();

export type RepReading = z.infer<typeof repSchema>;

const policySchema = z.object({
  mode: z.enum(READING_MODES).optional(),
  neverRead: patterns.optional(),
  intranetDomains: patterns.optional(),
  retentionDays: z.number().int().min(0).max(3650).optional(),
  keep: keep.optional(),
  locked: z.array(z.enum(LOCKABLE_SETTINGS)),
});

export interface EffectiveReading {
  settings: ReadingSettings;
  locked: LockableSetting[];
  /** The team's own domains, never read whatever the rep's list says. */
  intranetDomains: string[];
}

type PolicySetting = 'mode' | 'neverRead' | 'retentionDays' | 'keep';

const SETTING_OF: Record<LockableSetting, PolicySetting> = {
  readingMode: 'mode',
  neverRead: 'neverRead',
  retentionDays: 'retentionDays',
  keepAccounts: 'keep',
};

/**
 * The settings in force: a locked setting is the administrator's; otherwise
 * the rep's own, else the administrator's value, else the default. The
 * team's intranet domains are always on the never-read list.
 */
export function effectiveReading(
  rep: RepReading | undefined,
  policy: ManagedReading | undefined,
): EffectiveReading {
  const locked = policy?.locked ?? [];
  const pick = <K extends PolicySetting>(key: K): ReadingSettings[K] => {
    const lockedKey = (Object.keys(SETTING_OF) as LockableSetting[]).find(
      (k) => SETTING_OF[k] === key,
    )!;
    const fromPolicy = policy?.[key] as ReadingSettings[K] | undefined;
    if (locked.includes(lockedKey) && fromPolicy !== undefined) return fromPolicy;
    return (
      (rep?.[key] as ReadingSettings[K] | undefined) ?? fromPolicy ?? DEFAULT_READING_SETTINGS[key]
    );
  };
  const intranetDomains = policy?.intranetDomains ?? [];
  const neverRead = pick('neverRead');
  return {
    settings: {
      mode: pick('mode'),
      neverRead: [...neverRead, ...intranetDomains.filter((d) => !neverRead.includes(d))],
      paused: rep?.paused ?? [],
      retentionDays: pick('retentionDays'),
      keep: pick('keep'),
    },
    locked,
    intranetDomains,
  };
}

export async function readRepReading(): Promise<RepReading | undefined> {
  const parsed = repSchema.safeParse((await browser.storage.local.get(READING_KEY))[READING_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function readCachedPolicy(): Promise<ManagedReading | undefined> {
  const stored = (await browser.storage.local.get(READING_POLICY_KEY))[READING_POLICY_KEY];
  const parsed = policySchema.safeParse(stored);
  return parsed.success ? (parsed.data as ManagedReading) : undefined;
}

/** Fast: the rep's settings and the last copy of the policy, both from storage.local. */
export async function loadReading(): Promise<EffectiveReading> {
  const [rep, policy] = await Promise.all([readRepReading(), readCachedPolicy()]);
  return effectiveReading(rep, policy);
}

/** Copies the administrator's reading policy into storage.local (the worker, at start and on change). */
export async function refreshReadingPolicy(): Promise<ManagedReading | undefined> {
  const reading = (await readManagedSettings()).settings?.reading;
  if (reading) await browser.storage.local.set({ [READING_POLICY_KEY]: reading });
  else await browser.storage.local.remove(READING_POLICY_KEY);
  return reading;
}

export type SaveReadingResult = { ok: true } | { ok: false; problems: string[] };

/** Saves the rep's change, refusing what the administrator locked. */
export async function saveRepReading(patch: RepReading): Promise<SaveReadingResult> {
  const parsed = repSchema.safeParse(patch);
  if (!parsed.success) return { ok: false, problems: ['these reading settings are not valid'] };
  const policy = await readCachedPolicy();
  const refused = (policy?.locked ?? []).filter((k) => SETTING_OF[k] in parsed.data);
  if (refused.length)
    return { ok: false, problems: refused.map((k) => `${k} is set by your administrator`) };
  const current = (await readRepReading()) ?? {};
  await browser.storage.local.set({ [READING_KEY]: { ...current, ...parsed.data } });
  return { ok: true };
}
