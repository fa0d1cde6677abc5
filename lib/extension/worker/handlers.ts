import type { IcpLensDb } from '../db/db';
import { recordPage } from './record-page';
import { recordTechnologies } from './record-technologies';
import { showBadge, showBadgeError, showReadingState } from './badge';
import { browser } from 'wxt/browser';
import { mayRead, readingState } from '../../core/privacy/reading-policy';
import { loadReading } from '../privacy/reading-settings';
import { grantFor, grantRead } from './read-grants';
import { injectReader } from './content-scripts';
import { normalizePage } from '../../core/normalize/normalize';
import { fromExtensionPage, type Handlers } from '../../messaging/listen';
import {
  clearStorageError,
  DatabaseWaitError,
  noticeWaiting,
  reportStorageError,
} from '../storage-error';
import { technologyOwner } from './techno/attribution';
import { matchTechnologies, toTechnologyHints } from './techno/match';
import { keepFirstPass, takeFirstPass } from './first-passes';
import { planNeeds } from './techno/needs';
import { syncNow } from './sync/background-sync';
import { installIcp } from '../accounts/install-icp';
import { fingerprintTable } from './techno/table';
import { forgetTab, keepOpened } from './keep-pending';

/** What the background does with each message from a content script. */
export function createHandlers(db: IcpLensDb): Handlers {
  const tabOf = (sender: { tab?: { id?: number } }) => sender.tab?.id;
  return {
    async pageRead({ page }, sender) {
      const tabId = tabOf(sender);
      if (tabId === undefined) return { accountId: null, wantsTechnologies: false };
      // The page was read in the tab's memory; nothing of it is kept unless
      // the reading settings, or the rep's click, allow this site.
      const { settings } = await loadReading();
      if (!mayRead(page.url, settings, await grantFor(tabId, page.url))) {
        await forgetTab(db, tabId);
        const state = readingState(page.url, settings);
        if (state !== 'read') await showReadingState(tabId, state);
        return { accountId: null, wantsTechnologies: false };
      }
      try {
        const hints = normalizePage(page);
        // A blocked database makes the write wait, not fail: say so meanwhile.
        const account = await noticeWaiting(recordPage(db, tabId, hints), async () => {
          await reportStorageError(new DatabaseWaitError());
          await showBadgeError(tabId);
        });
        await showBadge(tabId, account?.score.tier);
        await clearStorageError();
        return {
          accountId: account?.id ?? null,
          // Only the company's own site tells its stack; a LinkedIn page's
          // scripts are LinkedIn's.
          wantsTechnologies:
            Boolean(account) && technologyOwner(hints.kind, hints.url) === 'account',
        };
      } catch (error) {
        await reportStorageError(error);
        await showBadgeError(tabId);
        return { accountId: null, wantsTechnologies: false };
      }
    },

    async planTechnologies({ signals, globals }, sender) {
      const tabId = tabOf(sender);
      const tab = tabId === undefined ? undefined : await db.tabs.get(tabId);
      // A waiting account's stack counts too: it may lift it to the tier kept.
      if (!tab || !(tab.accountId ?? tab.pendingAccountId) || tab.url !== signals.url)
        return { needs: null };
      await keepFirstPass(tabId!, signals);
      return { needs: planNeeds(fingerprintTable, signals, globals) };
    },

    async syncNow(_data, sender) {
      if (!fromExtensionPage(sender)) return { status: 'off' as const };
      return syncNow(db);
    },

    async accountChanged({ accountId }, sender) {
      // A rep's answer in the panel re-scores the account there; the toolbar
      // badge of every tab showing it must say the same tier.
      if (!fromExtensionPage(sender)) return { tabs: 0 };
      const account = await db.accounts.get(accountId);
      const tabs = await db.tabs.where('accountId').equals(accountId).toArray();
      // A tab closed meanwhile has no badge to set.
      await Promise.all(tabs.map((t) => showBadge(t.tabId, account?.score.tier).catch(() => {})));
      return { tabs: tabs.length };
    },
    async rollbackIcp({ seq }, sender) {
      // Only the extension's own pages roll back, never a content script
      // (whose sender URL is the web page's).
      if (!fromExtensionPage(sender)) return { status: 'missing' as const };
      const entry = await db.icpHistory.get(seq);
      if (!entry) return { status: 'missing' as const };
      return installIcp(db, entry.icp, `rollback:${entry.source}`, { allowRollback: true });
    },

    async readTab({ tabId, confirmed }, sender) {
      if (!fromExtensionPage(sender)) return { status: 'refused' as const };
      const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
      if (!url) return { status: 'refused' as const };
      const { settings } = await loadReading();
      const state = readingState(url, settings);
      if (state === 'browser-page') return { status: 'refused' as const };
      if (state === 'never-read' && !confirmed) return { status: 'needs-confirmation' as const };
      await grantRead(tabId, url, confirmed);
      try {
        await injectReader(tabId);
      } catch {
        return { status: 'refused' as const };
      }
      return { status: 'reading' as const };
    },

    async keepAccount({ tabId }, sender) {
      // Only the panel keeps an account; a page cannot store itself.
      if (!fromExtensionPage(sender)) return { accountId: null };
      const account = await keepOpened(db, tabId);
      return { accountId: account?.id ?? (await db.tabs.get(tabId))?.accountId ?? null };
    },

    async reportTechnologies({ url, dom, js }, sender) {
      const tabId = tabOf(sender);
      const first = tabId === undefined ? undefined : await takeFirstPass(tabId, url);
      // No plan for this page (another page of the tab planned since): nothing to say.
      if (tabId === undefined || !first) return { technologies: 0 };
      const signals = { ...first, dom, js };
      const technologies = toTechnologyHints(matchTechnologies(signals, fingerprintTable));
      const account = await recordTechnologies(db, tabId, signals.url, technologies);
      if (account) await showBadge(tabId, account.score.tier);
      return { technologies: account ? technologies.length : 0 };
    },
  };
}
