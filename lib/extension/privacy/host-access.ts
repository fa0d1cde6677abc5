import { browser } from 'wxt/browser';
import { autoMatches, READING_MODES, type ReadingMode } from '../../core/privacy/reading-policy';

// The host access a reading mode needs is asked for only when the rep picks
// that mode (the browser's prompt needs their click) and given back when they
// pick a narrower one. "Only when I click" holds none: a click grants
// `activeTab` for that one tab.

/** Every origin any mode reads automatically: what narrowing may give back. */
const READING_ORIGINS = [...new Set(READING_MODES.flatMap((mode) => autoMatches(mode)))];

/** Does the extension hold what `mode` needs to read pages by itself? */
export async function holdsHostsFor(mode: ReadingMode): Promise<boolean> {
  const origins = autoMatches(mode);
  if (!origins.length) return true;
  return browser.permissions.contains({ origins });
}

/**
 * Asks the browser for the hosts `mode` reads. Must be called straight from
 * the rep's click, before anything is awaited, or the browser refuses.
 */
export function requestHostsFor(mode: ReadingMode): Promise<boolean> {
  const origins = autoMatches(mode);
  if (!origins.length) return Promise.resolve(true);
  return browser.permissions.request({ origins }).catch(() => false);
}

/** Gives back the reading hosts `mode` does not need (the sync URL's origin is not one). */
export async function dropHostsBeyond(mode: ReadingMode): Promise<void> {
  const needed = autoMatches(mode);
  const held = (await browser.permissions.getAll()).origins ?? [];
  const extra = READING_ORIGINS.filter((o) => !needed.includes(o) && held.includes(o));
  // A browser that granted them at install (or by policy) refuses: nothing to do.
  if (extra.length) await browser.permissions.remove({ origins: extra }).catch(() => false);
}
