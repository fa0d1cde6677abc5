// First: zod must be configured before any schema parses.
import '@/lib/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureIcpInstalled } from '@/lib/accounts/active-icp';
import { db } from '@/lib/accounts/db';
import { createHandlers } from '@/lib/background/handlers';
import { listenForMessages } from '@/lib/messaging';
import { openPanelFromToolbar } from '@/lib/side-panel';
import { listenForSync } from '@/lib/sync/background-sync';

export default defineBackground(() => {
  openPanelFromToolbar();

  browser.runtime.onInstalled.addListener(() => void ensureIcpInstalled(db));
  // Tab ids restart with the browser, so what tabs showed before is stale.
  browser.runtime.onStartup.addListener(() => void db.tabs.clear());
  browser.tabs.onRemoved.addListener((tabId) => void db.tabs.delete(tabId));

  listenForMessages(createHandlers(db));
  // Start-up, install, the hourly alarm and settings changes fetch the team's ICP.
  listenForSync(db);
});
