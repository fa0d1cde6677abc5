import { defineContentScript } from 'wxt/utils/define-content-script';
import { serveProbe } from '@/lib/page/techno/probe-host';

// Runs in the page's own JS world, before the page's scripts, to answer which
// JS globals exist (jQuery, _hsq, ...). It talks only to our isolated content
// script, over a private port.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  world: 'MAIN',
  runAt: 'document_start',
  // WXT otherwise emits `var probe=(function(){...})()`, a global every page
  // can read; an anonymous IIFE leaves nothing on window.
  globalName: false,
  main() {
    // No mark on window to guard a second injection: the page would see it.
    // The worker asks the isolated world instead (injectReader).
    serveProbe(window);
  },
});
