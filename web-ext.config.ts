import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser with the extension loaded. On these machines
// that is Debian's Chromium (or CHROMIUM_PATH); elsewhere web-ext finds the
// installed Chrome by itself.
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p): p is string => Boolean(p) && existsSync(p!),
);

export default defineWebExtConfig({
  ...(chromium && { binaries: { chrome: chromium } }),
  // Running as root (as on the dev machines) needs Chromium's sandbox off.
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  startUrls: ['https://www.linkedin.com/company/audiense/about/'],
});
