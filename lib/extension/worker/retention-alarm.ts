import { browser } from 'wxt/browser';
import { applyRetention } from '../accounts/forget';
import type { IcpLensDb } from '../db/db';
import { loadReading } from '../privacy/reading-settings';

export const RETENTION_ALARM = 'retention';

/** Once a day (an alarm, so it survives the worker), and at start, old accounts go. */
export function listenForRetention(db: IcpLensDb): void {
  const run = async () => applyRetention(db, (await loadReading()).settings.retentionDays);
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void run();
  });
  browser.runtime.onStartup.addListener(() => void run());
}
