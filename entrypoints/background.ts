// First: zod must be configured before any schema parses.
import '@/lib/core/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureIcpInstalled } from '@/lib/extension/accounts/active-icp';
import { db } from '@/lib/extension/db/db';
import { createHandlers } from '@/lib/extension/worker/handlers';
import { listenForMessages } from '@/lib/messaging/listen';
import { openPanelFromToolbar } from '@/lib/extension/worker/open-panel-from-toolbar';
import { listenForSync } from '@/lib/extension/worker/sync/background-sync';
import { listenForReadingSettings } from '@/lib/extension/worker/reading-watch';
import { listenForRetention } from '@/lib/extension/worker/retention-alarm';
import { openWelcomeOnInstall } from '@/lib/extension/worker/welcome-on-install';
import { dropFirstPass } from '@/lib/extension/worker/first-passes';
import { forgetTab } from '@/lib/extension/worker/keep-pending';

export default defineBackground(() => {
  openPanelFromToolbar();
  // The content scripts the reading mode needs, registered at run time.
  listenForReadingSettings();

  browser.runtime.onInstalled.addListener(() => void ensureIcpInstalled(db));
  openWelcomeOnInstall();
  // Tab ids restart with the browser, so what tabs showed before is stale.
  browser.runtime.onStartup.addListener(() => void db.tabs.clear());
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(db, tabId);
    void dropFirstPass(tabId);
  });

  listenForMessages(createHandlers(db));
  // Start-up, install, the hourly alarm and settings changes fetch the team's ICP.
  listenForSync(db);
  // Accounts not opened for the retention period are deleted daily.
  listenForRetention(db);
});
