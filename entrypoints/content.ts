import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageMarkup } from '@/lib/page/page-markup';
import { watchPage } from '@/lib/page/watch-page';
import { openChannel } from '@/lib/messaging/send';
import { openProbe } from '@/lib/page/techno/probe-bridge';
import { runTechnologyPass } from '@/lib/page/techno/technology-pass';
import { watchAddedTags } from '@/lib/page/techno/added-tags';
import { READER_MARK } from '@/lib/core/hints/reader-mark';

/**
 * Resolves once the page has loaded (5 s at most), its loaders have had half
 * a second, and it is idle (a second at most): when tag managers have
 * inserted their tags, as the technology pass wants them.
 */
async function settled(): Promise<void> {
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => {
      window.addEventListener('load', resolve, { once: true });
      setTimeout(resolve, 5000);
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
}

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
    // LinkedIn's stack is LinkedIn's: only a site's pages get a technology
    // pass, and only there are inserted tags collected for it.
    const added = /(^|\.)linkedin\.com$/.test(location.hostname)
      ? undefined
      : watchAddedTags(document);
    // One technology pass per document: a site's stack does not change with
    // its route, and a page that keeps changing its URL (pushState in a loop)
    // must not buy a new pass each time.
    let technologiesDone = false;
    const channel = openChannel();
    const watcher = watchPage({
      doc: document,
      currentUrl: () => location.href,
      read: (doc, url) => ({ url, html: pageMarkup(doc) }),
      same: (a, b) => a.url === b.url && a.html === b.html,
      send: async (markup) => {
        const asked = !technologiesDone;
        const reply = await channel
          .send('pageMarkup', {
            ...markup,
            ...(asked && { technologies: true }),
          })
          .catch(() => undefined);
        if (!asked) return;
        if (!reply?.wantsTechnologies) {
          added?.take();
          return;
        }
        technologiesDone = true;
        await settled();
        await runTechnologyPass({
          doc: document,
          url: markup.url,
          added: added?.take() ?? [],
          probe,
          plan: async (request) => (await channel.send('technologyLive', request)).js,
          report: (second) => channel.send('reportTechnologies', second),
        }).catch(() => undefined);
      },
      signal: ctx.signal,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.navigated());
  },
});
