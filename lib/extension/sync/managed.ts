import { browser } from 'wxt/browser';
import { z } from 'zod';
import { describeIssues } from '../../core/icp/parse';
import { configUrlSchema, publicKeySchema } from '../../core/sync/config-url';
import {
  READING_MODES,
  type KeepAccounts,
  type ReadingMode,
} from '../../core/privacy/reading-policy';
import { KEEP_PATTERN } from '../../core/privacy/keep-policy';

/** The reading settings an administrator can lock. */
export const LOCKABLE_SETTINGS = [
  'readingMode',
  'neverRead',
  'retentionDays',
  'keepAccounts',
] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

// Settings an administrator pushes with Chrome's enterprise policy
// (storage.managed, declared by managed-schema.json in the manifest). They
// override the rep's own; the file and this zod schema name the same keys.

export const MIN_INTERVAL_MINUTES = 1;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;

export const intervalSchema = z.number().int().min(MIN_INTERVAL_MINUTES).max(MAX_INTERVAL_MINUTES);

export const managedPolicySchema = z
  .object({
    configUrl: configUrlSchema.optional(),
    publicKey: publicKeySchema.optional(),
    syncIntervalMinutes: intervalSchema.optional(),
    lockEditing: z.boolean().optional(),
    readingMode: z.enum(READING_MODES).optional(),
    neverRead: z.array(z.string().max(253)).max(1000).optional(),
    intranetDomains: z.array(z.string().max(253)).max(1000).optional(),
    retentionDays: z.number().int().min(0).max(3650).optional(),
    keepAccounts: (z.string().regex(KEEP_PATTERN) as z.ZodType<KeepAccounts>).optional(),
    lockedSettings: z.array(z.enum(LOCKABLE_SETTINGS)).max(10).optional(),
  })
  // A URL with the rep's own key (or the reverse) would let either side
  // redirect trust, so the policy sets both or neither.
  .refine((p) => (p.configUrl === undefined) === (p.publicKey === undefined), {
    message: 'set configUrl and publicKey together',
  });

export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

/** The policy in the extension's own terms; only what the administrator set. */
export interface ManagedSettings {
  url?: string;
  publicKey?: string;
  intervalMinutes?: number;
  locked?: boolean;
  reading?: ManagedReading;
}

/** The reading part of the policy: values the rep starts from, and what they cannot change. */
export interface ManagedReading {
  mode?: ReadingMode;
  neverRead?: string[];
  intranetDomains?: string[];
  retentionDays?: number;
  keep?: KeepAccounts;
  locked: LockableSetting[];
}

export interface ManagedRead {
  /** Undefined when no policy applies (the usual case outside managed fleets). */
  settings: ManagedSettings | undefined;
  /** Why a policy that is set cannot be used, as "key: message". */
  problems: string[];
}

/**
 * Reads the managed policy. `storage.managed.get` rejects, or throws, when no
 * policy exists or the browser has no managed storage (Firefox without an
 * enterprise policy file), which simply means "not managed".
 */
export async function readManagedSettings(): Promise<ManagedRead> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return { settings: undefined, problems: [] };
  }
  if (!raw || typeof raw !== 'object' || Object.keys(raw).length === 0)
    return { settings: undefined, problems: [] };
  const parsed = managedPolicySchema.safeParse(raw);
  if (!parsed.success) return { settings: undefined, problems: describeIssues(parsed.error) };
  const p = parsed.data;
  const settings: ManagedSettings = {
    ...(p.configUrl !== undefined && { url: p.configUrl }),
    ...(p.publicKey !== undefined && { publicKey: p.publicKey }),
    ...(p.syncIntervalMinutes !== undefined && { intervalMinutes: p.syncIntervalMinutes }),
    ...(p.lockEditing !== undefined && { locked: p.lockEditing }),
  };
  const reading: ManagedReading = {
    ...(p.readingMode !== undefined && { mode: p.readingMode }),
    ...(p.neverRead !== undefined && { neverRead: p.neverRead }),
    ...(p.intranetDomains !== undefined && { intranetDomains: p.intranetDomains }),
    ...(p.retentionDays !== undefined && { retentionDays: p.retentionDays }),
    ...(p.keepAccounts !== undefined && { keep: p.keepAccounts }),
    locked: p.lockedSettings ?? [],
  };
  if (Object.keys(reading).length > 1 || reading.locked.length) settings.reading = reading;
  return { settings: Object.keys(settings).length ? settings : undefined, problems: [] };
}
