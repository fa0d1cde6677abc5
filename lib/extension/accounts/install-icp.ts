import type { IcpHistoryRecord, IcpLensDb } from '../db/db';
import { getActiveIcp } from './active-icp';
import { diffIcp } from '../../core/icp/diff';
import { parseIcp } from '../../core/icp/parse';
import type { IcpConfig } from '../../core/icp/schema';
import { rescoreAccounts } from './rescore-accounts';

// Installs a verified ICP from a sync source: the version check, the history
// entry and the re-score of every account happen in one rw transaction, so a
// concurrent sync or a worker stopped mid-way can never leave the history and
// the scores disagreeing. Nothing in here awaits anything but IndexedDB,
// which would end the transaction early.

export type InstallResult =
  | {
      status: 'installed';
      /** The version in force before (any source: the sample, a file, this URL). */
      from: number;
      to: number;
      summary: string[];
      rescored: number;
    }
  | { status: 'unchanged'; version: number }
  | { status: 'refused'; reason: string };

export interface InstallOptions {
  now?: number;
  /**
   * Accept a version lower than (or equal to, with other content) the one
   * last installed from this source. Only for an explicit rollback the rep or
   * administrator asked for; a sync on its own never goes backwards.
   */
  allowRollback?: boolean;
}

export function installIcp(
  db: IcpLensDb,
  icp: IcpConfig,
  source: string,
  { now = Date.now(), allowRollback = false }: InstallOptions = {},
): Promise<InstallResult> {
  return db.transaction('rw', db.accounts, db.icpHistory, async (): Promise<InstallResult> => {
    const baseline = await lastFromSource(db, source);
    if (baseline) {
      const same = JSON.stringify(baseline.icp) === JSON.stringify(icp);
      if (icp.version === baseline.version && same)
        return { status: 'unchanged', version: icp.version };
      if (!allowRollback && icp.version < baseline.version)
        return {
          status: 'refused',
          reason: `server offers v${icp.version}, older than the installed v${baseline.version}; not downgrading without an explicit rollback`,
        };
      if (!allowRollback && icp.version === baseline.version)
        return {
          status: 'refused',
          reason: `server offers v${icp.version} again with different content; a changed ICP needs a higher version`,
        };
    }
    const before = await getActiveIcp(db);
    await db.icpHistory.add({ version: icp.version, icp, installedAt: now, source });
    const rescored = await rescoreAccounts(db, icp);
    return {
      status: 'installed',
      from: before.version,
      to: icp.version,
      summary: diffIcp(before, icp),
      rescored,
    };
  });
}

/**
 * The newest entry installed from this source that still parses, as parsed
 * today. Versions are the publisher's, so they only compare within one
 * source: the built-in sample or a file never blocks a team's first sync.
 */
export async function lastFromSource(
  db: IcpLensDb,
  source: string,
): Promise<(IcpHistoryRecord & { icp: IcpConfig }) | undefined> {
  const newestFirst = await db.icpHistory.orderBy('seq').reverse().toArray();
  for (const entry of newestFirst) {
    if (entry.source !== source) continue;
    const parsed = parseIcp(entry.icp);
    if (parsed.ok) return { ...entry, icp: parsed.icp };
  }
  return undefined;
}
