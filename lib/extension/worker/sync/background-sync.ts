import { browser } from 'wxt/browser';
import type { IcpLensDb } from '../../db/db';
import { runSync, type SyncDeps, type SyncOutcome } from './run-sync';
import { loadSyncSetup, SETTINGS_KEY, type SyncSetup } from '../../sync/sync-state';

// The background's side of sync: when to run it. On browser start-up and
// install, on a chrome.alarms period (alarms survive the worker being
// stopped; timers do not), when the rep's settings or the policy change, and
// on "Sync now". Listeners are registered synchronously by
// listenForSync(), as MV3 requires for events to wake the worker.

export const SYNC_ALARM = 'icp-lens-sync';

let running: Promise<SyncOutcome> | undefined;

/**
 * Runs one sync unless one is already running in this worker, in which case
 * its outcome is shared: start-up, an alarm and "Sync now" can coincide.
 * (The install transaction is safe against concurrent runs anyway; this
 * spares a second download.)
 */
export function syncNow(db: IcpLensDb, deps: SyncDeps = {}): Promise<SyncOutcome> {
  running ??= runSync(db, deps).finally(() => {
    running = undefined;
  });
  return running;
}

/** Creates, updates or clears the periodic alarm to match the settings. */
export async function scheduleSync(setup: SyncSetup): Promise<void> {
  if (!setup.settings) {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  const existing = await browser.alarms.get(SYNC_ALARM);
  // Re-creating an alarm restarts its countdown: keep one that already fits.
  if (existing?.periodInMinutes === setup.intervalMinutes) return;
  await browser.alarms.create(SYNC_ALARM, {
    delayInMinutes: setup.intervalMinutes,
    periodInMinutes: setup.intervalMinutes,
  });
}

/** Reads the settings, (re)schedules the alarm and syncs once if sync is on. */
export async function startSync(db: IcpLensDb, deps: SyncDeps = {}): Promise<SyncOutcome> {
  const setup = await loadSyncSetup();
  await scheduleSync(setup);
  return syncNow(db, { ...deps, setup });
}

/** Call once from the background's main(), synchronously. */
export function listenForSync(db: IcpLensDb, deps: SyncDeps = {}): void {
  const start = () => void startSync(db, deps);
  browser.runtime.onStartup.addListener(start);
  browser.runtime.onInstalled.addListener(start);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncNow(db, deps);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) start();
  });
}
