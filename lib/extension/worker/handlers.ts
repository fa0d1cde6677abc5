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
import { keepPass, takePass } from './first-passes';
import { MAX_MARKUP_CHARS } from '../../core/hints/markup-limits';
import { globalsFor, selectorsFor } from './techno/needs';
import { syncNow } from './sync/background-sync';
import { installIcp } from '../accounts/install-icp';
import { fingerprintTable } from './techno/table';
import { pageReader, type PageReader } from './page-reader';
import { READER } from '../reader/requests';
import type { PageSignals } from '../../core/hints/page-signals';
import { forgetTab, keepOpened } from './keep-pending';

/** What the background does with each message from a content script. */
export function createHandlers(db: IcpLensDb, read: PageReader = pageReader()): Handlers {
  const tabOf = (sender: { tab?: { id?: number } }) => sender.tab?.id;
  /** Matches a tab's signals and stores what they show on its account; how many it stored. */
  const storeTechnologies = async (tabId: number, signals: PageSignals): Promise<number> => {
    const technologies = toTechnologyHints(matchTechnologies(signals, fingerprintTable));
    const account = await recordTechnologies(db, tabId, signals.url, technologies);
    if (account) await showBadge(tabId, account.score.tier);
    return account ? technologies.length : 0;
  };
  return {
    async pageMarkup({ url, html, technologies }, sender) {
      const tabId = tabOf(sender);
      if (tabId === undefined) return { accountId: null, wantsTechnologies: false };
      // Nothing of the page is read, let alone kept, unless the reading
      // settings, or the rep's click, allow this site.
      const { settings } = await loadReading();
      if (!mayRead(url, settings, await grantFor(tabId, url))) {
        await forgetTab(db, tabId);
        const state = readingState(url, settings);
        if (state !== 'read') await showReadingState(tabId, state);
        return { accountId: null, wantsTechnologies: false };
      }
      const page = (await read({ to: READER, op: 'read', url, html }).catch(() => undefined))?.page;
      if (!page) return { accountId: null, wantsTechnologies: false };
      try {
        const hints = normalizePage(page);
        // A blocked database makes the write wait, not fail: say so meanwhile.
        const account = await noticeWaiting(recordPage(db, tabId, hints), async () => {
          await reportStorageError(new DatabaseWaitError());
          await showBadgeError(tabId);
        });
        await showBadge(tabId, account?.score.tier);
        await clearStorageError();
        // Only the company's own site tells its stack; a LinkedIn page's
        // scripts are LinkedIn's.
        const wantsTechnologies =
          Boolean(account) && technologyOwner(hints.kind, hints.url, account?.domain) === 'account';
        // Kept for the live page's share of the pass, which comes once the
        // page has loaded and its loaders have run.
        if (wantsTechnologies && technologies)
          await keepPass(tabId, { url, stage: 'markup', html });
        return { accountId: account?.id ?? null, wantsTechnologies };
      } catch (error) {
        await reportStorageError(error);
        await showBadgeError(tabId);
        return { accountId: null, wantsTechnologies: false };
      }
    },

    async technologyLive({ url, added, cookies, css, globals }, sender) {
      const tabId = tabOf(sender);
      const kept = tabId === undefined ? undefined : await takePass(tabId, url, 'markup');
      if (tabId === undefined || !kept) return { js: [] };
      // What loaders inserted since the read, after the page: the parser
      // takes elements past </html> into the body.
      const html = `${kept.html}${added.join('\n')}`.slice(0, MAX_MARKUP_CHARS);
      // Selectors are planned on the whole markup (one is worth running
      // wherever its names occur) and answered on the reader's copy.
      const dom = selectorsFor(fingerprintTable, html);
      const gathered = await read({ to: READER, op: 'gather', url, html, dom }).catch(
        () => undefined,
      );
      if (!gathered) return { js: [] };
      const signals = { ...gathered.signals, cookies, ...(css !== undefined && { css }) };
      const js = globalsFor(fingerprintTable, globals);
      if (js.length === 0) {
        await storeTechnologies(tabId, signals);
        return { js: [] };
      }
      // The probe answers in the page's own time; the worker may stop meanwhile.
      await keepPass(tabId, { url, stage: 'probe', signals });
      return { js };
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

    async reportTechnologies({ url, js }, sender) {
      const tabId = tabOf(sender);
      const kept = tabId === undefined ? undefined : await takePass(tabId, url, 'probe');
      // No plan for this page (another page of the tab planned since): nothing to say.
      if (tabId === undefined || !kept) return { technologies: 0 };
      return { technologies: await storeTechnologies(tabId, { ...kept.signals, js }) };
    },
  };
}
