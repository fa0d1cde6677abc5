// First: zod must be configured before any schema parses.
import '@/lib/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureIcpInstalled } from '@/lib/accounts/active-icp';
import { db } from '@/lib/accounts/db';
import { recordPage } from '@/lib/accounts/record-page';
import { showBadge, showBadgeError } from '@/lib/badge';
import { normalizePage } from '@/lib/extract/normalize';
import { listenForMessages } from '@/lib/messaging';
import { openPanelFromToolbar } from '@/lib/side-panel';
import { clearStorageError, reportStorageError } from '@/lib/storage-error';

export default defineBackground(() => {
  openPanelFromToolbar();

  browser.runtime.onInstalled.addListener(() => void ensureIcpInstalled(db));
  // Tab ids restart with the browser, so what tabs showed before is stale.
  browser.runtime.onStartup.addListener(() => void db.tabs.clear());
  browser.tabs.onRemoved.addListener((tabId) => void db.tabs.delete(tabId));

  listenForMessages({
    async pageRead({ page }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { accountId: null };
      try {
        const account = await recordPage(db, tabId, normalizePage(page));
        await showBadge(tabId, account?.score.tier);
        await clearStorageError();
        return { accountId: account?.id ?? null };
      } catch (error) {
        await reportStorageError(error);
        await showBadgeError(tabId);
        return { accountId: null };
      }
    },
  });
});
