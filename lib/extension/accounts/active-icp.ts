import { parseIcp } from '../../core/icp/parse';
import { sampleIcp } from '../../core/icp/sample-icp';
import type { IcpConfig } from '../../core/icp/schema';
import type { IcpLensDb } from '../db/db';

/**
 * The ICP in force: the newest stored one that still parses. A damaged entry
 * is skipped rather than trusted, so the last good config keeps working; with
 * nothing stored yet the built-in sample applies.
 */
export async function getActiveIcp(db: IcpLensDb): Promise<IcpConfig> {
  const newestFirst = await db.icpHistory.orderBy('seq').reverse().toArray();
  for (const entry of newestFirst) {
    const parsed = parseIcp(entry.icp);
    if (parsed.ok) return parsed.icp;
  }
  return sampleIcp;
}

/** Stores the built-in sample on first run so history starts with it. */
export async function ensureIcpInstalled(db: IcpLensDb, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.icpHistory, async () => {
    if ((await db.icpHistory.count()) > 0) return;
    await db.icpHistory.add({
      version: sampleIcp.version,
      icp: sampleIcp,
      installedAt: now,
      source: 'sample',
    });
  });
}
