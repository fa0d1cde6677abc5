import { browser } from 'wxt/browser';

/**
 * A fresh install opens the first-run page: the rep learns what each reading
 * mode reads before any browser prompt, and nothing is read until they pick.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
