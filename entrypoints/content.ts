import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '@/lib/extract/read-page';
import { watchPage } from '@/lib/extract/watch-page';
import { sendMessage } from '@/lib/messaging';

// Reads the page and hands the raw result to the background; nothing is
// injected into the page and nothing is sent anywhere else.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const watcher = watchPage({
      doc: document,
      currentUrl: () => location.href,
      read: readPage,
      send: (page) => void sendMessage('pageRead', { page }).catch(() => undefined),
      signal: ctx.signal,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.navigated());
  },
});
