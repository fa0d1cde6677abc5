import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageMarkup } from '@/lib/page/page-markup';
import { watchPage } from '@/lib/page/watch-page';
import { sendMessage } from '@/lib/messaging/send';
import { openProbe } from '@/lib/page/techno/probe-bridge';
import { runTechnologyPass } from '@/lib/page/techno/technology-pass';
import { READER_MARK } from '@/lib/core/hints/reader-mark';

// Hands the page's markup to the background, which reads it off the page's
// main thread; nothing is injected into the page and nothing is sent
// anywhere else. Starts at document_start only to hand the main-world probe
// its private port before page scripts run; reading waits for the document.
// Registered at run time for the reading mode
// (lib/extension/worker/content-scripts.ts), or injected once when the rep
// asks to read a page (WXT's context stops an instance already in the page
// when a newer one starts, so a page is watched once).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // WXT's context would otherwise post a message naming our extension id to
  // the page's window on every start; the page must not see us.
  noScriptStartedPostMessage: true,
  runAt: 'document_start',
  async main(ctx) {
    // In the isolated world, which the page cannot see: tells the worker this
    // document already has its probe when the rep asks to read it again.
    (globalThis as Record<string, unknown>)[READER_MARK] = true;
    const probe = openProbe(window);
    if (document.readyState === 'loading') {
      await new Promise((resolve) =>
        document.addEventListener('DOMContentLoaded', resolve, { once: true }),
      );
    }
    // One technology pass per document: a site's stack does not change with
    // its route, and a page that keeps changing its URL (pushState in a loop)
    // must not buy a new pass each time.
    let technologiesDone = false;
    const watcher = watchPage({
      doc: document,
      currentUrl: () => location.href,
      read: (doc, url) => ({ url, html: pageMarkup(doc) }),
      same: (a, b) => a.url === b.url && a.html === b.html,
      send: async (markup) => {
        const reply = await sendMessage('pageMarkup', markup).catch(() => undefined);
        if (!reply?.wantsTechnologies || technologiesDone) return;
        technologiesDone = true;
        await runTechnologyPass({
          doc: document,
          url: markup.url,
          probe,
          plan: async (request) => (await sendMessage('technologyMarkup', request)).js,
          report: (second) => sendMessage('reportTechnologies', second),
        }).catch(() => undefined);
      },
      signal: ctx.signal,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.navigated());
  },
});
