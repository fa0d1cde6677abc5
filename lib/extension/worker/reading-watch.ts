import { browser } from 'wxt/browser';
import { readingState } from '../../core/privacy/reading-policy';
import {
  loadReading,
  READING_KEY,
  READING_POLICY_KEY,
  refreshReadingPolicy,
} from '../privacy/reading-settings';
import { showReadingState } from './badge';
import { registerForMode } from './content-scripts';
import { dropGrant } from './read-grants';

/**
 * Keeps the registered content scripts in step with the reading mode, copies
 * the administrator's policy where a page read can find it fast, and marks on
 * the badge each tab ICP Lens leaves alone.
 */
export function listenForReadingSettings(): void {
  const apply = async () => registerForMode((await loadReading()).settings.mode);
  // Registration first from what is known now; the policy (seconds away in
  // Chromium) re-applies when it arrives, if it changes anything.
  void apply().then(() => refreshReadingPolicy());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void refreshReadingPolicy();
    if (area === 'local' && (READING_KEY in changes || READING_POLICY_KEY in changes)) void apply();
  });
  // Registration follows the hosts actually held: granted from the options or
  // first-run page, or taken back in the browser's own extension settings.
  browser.permissions.onAdded.addListener(() => void apply());
  browser.permissions.onRemoved.addListener(() => void apply());
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    void loadReading().then(async ({ settings }) => {
      const state = readingState(tab.url!, settings);
      if (state !== 'read') await showReadingState(tabId, state);
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropGrant(tabId));
}
