import type { IcpLensDb } from '../../db/db';
import { originPattern } from '../../../core/sync/config-url';
import { verifyEnvelopeText } from '../../../core/sync/envelope';
import { fetchEnvelope } from './fetch-config';
import { installIcp, lastFromSource } from '../../accounts/install-icp';
import { hasSyncPermission } from '../../sync/permission';
import {
  EMPTY_STATUS,
  loadSyncSetup,
  readSyncStatus,
  writeSyncStatus,
  type SyncSetup,
  type SyncStatus,
} from '../../sync/sync-state';

// One sync: fetch the team's envelope, verify it, install it. Each step can
// fail on its own (host down, tampered file, bad config, older version); a
// failure changes nothing in the database and is recorded with its reason
// and time, so the last good ICP stays in force and the rep sees why.

export interface SyncDeps {
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Accept an older version from the server: only from an explicit "Roll back" action. */
  allowRollback?: boolean;
  /** The settings to use; read from storage (policy over the rep's own) when absent. */
  setup?: SyncSetup;
}

export type SyncOutcome =
  | { status: 'off' }
  | { status: 'not-modified' }
  | { status: 'unchanged'; version: number }
  | { status: 'updated'; from: number; to: number; summary: string[]; rescored: number }
  | { status: 'failed'; reason: string };

export async function runSync(db: IcpLensDb, deps: SyncDeps = {}): Promise<SyncOutcome> {
  const now = deps.now ?? Date.now;
  const setup = deps.setup ?? (await loadSyncSetup());
  const settings = setup.settings;
  if (!settings) {
    if (!setup.policyProblems.length) return { status: 'off' };
    const reason = `managed policy unusable: ${setup.policyProblems.join('; ')}`;
    const at = now();
    await writeSyncStatus({
      ...(await readSyncStatus()),
      lastAttemptAt: at,
      lastError: { at, reason },
    });
    return { status: 'failed', reason };
  }
  const { url, publicKey } = settings;

  const stored = await readSyncStatus();
  // A status recorded for another URL (the rep switched teams) says nothing
  // about this one: its etag would wrongly turn a first fetch into a 304.
  const previous: SyncStatus = stored.url === url ? stored : { ...EMPTY_STATUS, url };
  const installed = await lastFromSource(db, url);
  const status: SyncStatus = {
    ...previous,
    url,
    activeVersion: installed?.version ?? null,
    lastAttemptAt: now(),
  };

  const fail = async (reason: string): Promise<SyncOutcome> => {
    await writeSyncStatus({ ...status, lastError: { at: now(), reason } });
    return { status: 'failed', reason };
  };
  const succeed = async (extra: Partial<SyncStatus>): Promise<void> => {
    const { lastError: _cleared, ...rest } = status;
    await writeSyncStatus({ ...rest, ...extra, lastSuccessAt: now() });
  };

  try {
    // Only a config actually installed from this URL may be revalidated; if
    // the history was cleared, fetch it whole again.
    const conditional = installed
      ? { etag: previous.etag, lastModified: previous.lastModified }
      : {};
    const fetched = await fetchEnvelope(url, {
      ...definedOnly(conditional),
      ...definedOnly({ timeoutMs: deps.timeoutMs, maxBytes: deps.maxBytes, fetch: deps.fetch }),
    });
    if (fetched.status === 'error') return await fail(await explain(fetched.reason, url));
    if (fetched.status === 'not-modified') {
      await succeed({});
      return { status: 'not-modified' };
    }

    const verified = await verifyEnvelopeText(fetched.text, publicKey);
    if (!verified.ok) return await fail(verified.reason);

    const result = await installIcp(db, verified.icp, url, {
      now: now(),
      ...(deps.allowRollback !== undefined && { allowRollback: deps.allowRollback }),
    });
    if (result.status === 'refused') return await fail(result.reason);

    // The validators are stored only after a good response, so a bad file
    // is fetched (and reported) again next time instead of hiding behind a 304.
    const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    if (result.status === 'unchanged') {
      await succeed({ ...validators, activeVersion: result.version });
      return { status: 'unchanged', version: result.version };
    }
    const { envelope } = verified;
    await succeed({
      ...validators,
      activeVersion: result.to,
      lastChange: {
        from: result.from,
        to: result.to,
        at: now(),
        summary: result.summary,
        ...(envelope.changelog && { changelog: envelope.changelog }),
        publisher: envelope.publisher,
      },
    });
    return {
      status: 'updated',
      from: result.from,
      to: result.to,
      summary: result.summary,
      rescored: result.rescored,
    };
  } catch (error) {
    // IndexedDB full, database closed...: the transaction rolled back.
    const message = error instanceof Error ? error.message : String(error);
    return fail(`could not store the update: ${message}`);
  }
}

/** A network error without the host permission most likely is CORS: say so. */
async function explain(reason: string, url: string): Promise<string> {
  if (!reason.startsWith('network error') || (await hasSyncPermission(url)) !== false)
    return reason;
  return `${reason}; ICP Lens may not reach ${originPattern(url)}: allow it on the options page`;
}

function definedOnly<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
