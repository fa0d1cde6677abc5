import { browser } from 'wxt/browser';
import type { PageSignals } from '../../core/hints/page-signals';

// A tab's technology pass waits between messages: from the page's read to
// the live page's share (the markup), and from there to the probe's answers
// (the gathered signals). Kept in storage.session, not in the worker's
// memory: the page answers in its own time, and the worker may be stopped in
// between. Nothing of it outlives the browser session.

export type KeptPass =
  | { url: string; stage: 'markup'; html: string }
  | { url: string; stage: 'probe'; signals: PageSignals };

const PREFIX = 'firstPass:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export async function keepPass(tabId: number, pass: KeptPass): Promise<void> {
  try {
    await browser.storage.session.set({ [keyOf(tabId)]: pass });
  } catch {
    // Session storage is full: the passes of tabs that never reported go first.
    const stale = Object.keys(await browser.storage.session.get(null)).filter((k) =>
      k.startsWith(PREFIX),
    );
    await browser.storage.session.remove(stale);
    await browser.storage.session.set({ [keyOf(tabId)]: pass }).catch(() => {});
  }
}

/** The tab's kept pass of `url` at `stage`, given up as it is taken. */
export async function takePass<S extends KeptPass['stage']>(
  tabId: number,
  url: string,
  stage: S,
): Promise<Extract<KeptPass, { stage: S }> | undefined> {
  const key = keyOf(tabId);
  const kept = (await browser.storage.session.get(key))[key] as KeptPass | undefined;
  if (kept?.url !== url || kept.stage !== stage) return undefined;
  await browser.storage.session.remove(key);
  return kept as Extract<KeptPass, { stage: S }>;
}

export async function dropFirstPass(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
