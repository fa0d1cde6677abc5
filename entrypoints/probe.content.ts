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
    // Injected again on a rep's click into a page that already has it.
    const marked = window as unknown as { __icpLensProbe?: true };
    if (marked.__icpLensProbe) return;
    marked.__icpLensProbe = true;
    serveProbe(window);
  },
});
