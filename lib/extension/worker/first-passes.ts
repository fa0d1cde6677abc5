import { browser } from 'wxt/browser';
import type { PageSignals } from '../../core/hints/page-signals';

// A tab's first technology pass waits from its plan until its report. Kept
// in storage.session, not in the worker's memory: the page answers the second
// pass in its idle time, and the worker may be stopped in between. Nothing of
// it outlives the browser session.

const PREFIX = 'firstPass:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export async function keepFirstPass(tabId: number, signals: PageSignals): Promise<void> {
  try {
    await browser.storage.session.set({ [keyOf(tabId)]: signals });
  } catch {
    // Session storage is full: the passes of tabs that never reported go first.
    const stale = Object.keys(await browser.storage.session.get(null)).filter((k) =>
      k.startsWith(PREFIX),
    );
    await browser.storage.session.remove(stale);
    await browser.storage.session.set({ [keyOf(tabId)]: signals }).catch(() => {});
  }
}

/** The tab's kept first pass of `url`, given up as it is taken. */
export async function takeFirstPass(tabId: number, url: string): Promise<PageSignals | undefined> {
  const key = keyOf(tabId);
  const first = (await browser.storage.session.get(key))[key] as PageSignals | undefined;
  if (first?.url !== url) return undefined;
  await browser.storage.session.remove(key);
  return first;
}

export async function dropFirstPass(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
