import { browser } from 'wxt/browser';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarAction(): typeof browser.action {
  const legacy = (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  return browser.action ?? legacy;
}
