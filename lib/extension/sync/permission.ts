import { browser } from 'wxt/browser';
import { originPattern } from '../../core/sync/config-url';

// The config host is an optional host permission, asked for when the rep or
// policy sets the URL: with it the worker's fetch is not subject to the
// host's CORS headers. Requesting needs a user gesture, so only the options
// page calls requestSyncPermission, first thing in its click handler.

/** The `permissions.request` / `contains` argument for a config URL. */
export function syncPermission(configUrl: string): { origins: string[] } {
  return { origins: [originPattern(configUrl)] };
}

/** Must be called directly from a click handler (no await before it). */
export function requestSyncPermission(configUrl: string): Promise<boolean> {
  return browser.permissions.request(syncPermission(configUrl));
}

/** Whether the permission is granted; undefined when the browser cannot say. */
export async function hasSyncPermission(configUrl: string): Promise<boolean | undefined> {
  try {
    return await browser.permissions.contains(syncPermission(configUrl));
  } catch {
    return undefined;
  }
}
