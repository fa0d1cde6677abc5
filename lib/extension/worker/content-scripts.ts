import { browser } from 'wxt/browser';
import { READER_MARK } from '../../core/hints/reader-mark';
import { autoMatches, type ReadingMode } from '../../core/privacy/reading-policy';

// The content scripts are registered at run time for the reading mode in
// force (wxt.config.ts builds them with `registration: 'runtime'`), so a
// narrower mode really runs nothing on the pages it does not read.

type ScriptFile = '/content-scripts/content.js' | '/content-scripts/probe.js';

export const CONTENT_SCRIPT_ID = 'icp-lens-read';
export const PROBE_SCRIPT_ID = 'icp-lens-probe';
export const CONTENT_SCRIPT_FILE: ScriptFile = '/content-scripts/content.js';
export const PROBE_SCRIPT_FILE: ScriptFile = '/content-scripts/probe.js';

/**
 * Registers the automatic content scripts the mode needs, on the hosts the
 * rep actually granted (none for "Only when I click", none before the grant).
 */
export async function registerForMode(mode: ReadingMode): Promise<string[]> {
  const held = await Promise.all(
    autoMatches(mode).map((origin) => browser.permissions.contains({ origins: [origin] })),
  );
  const matches = autoMatches(mode).filter((_, i) => held[i]);
  const ids = [PROBE_SCRIPT_ID, CONTENT_SCRIPT_ID];
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  const current = registered.find((s) => s.id === CONTENT_SCRIPT_ID)?.matches ?? [];
  const same =
    registered.length === (matches.length ? 2 : 0) &&
    current.length === matches.length &&
    current.every((m) => matches.includes(m));
  if (same) return matches;
  if (registered.length)
    await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
  if (!matches.length) return matches;
  // The probe answers from the page's own JS world, before the page's scripts.
  await browser.scripting.registerContentScripts([
    {
      id: PROBE_SCRIPT_ID,
      js: [PROBE_SCRIPT_FILE],
      matches,
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
    {
      id: CONTENT_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches,
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
  return matches;
}

/** Reads one tab now, on the rep's click: the probe first, then the reader. */
export async function injectReader(tabId: number): Promise<void> {
  // A document that already ran the reader has its probe: a second one would
  // answer twice. Asked in the isolated world, never marked on the page.
  const [ran] = await browser.scripting.executeScript({
    target: { tabId },
    func: (mark: string) => mark in globalThis,
    args: [READER_MARK],
  });
  if (!ran?.result) {
    await browser.scripting.executeScript({
      target: { tabId },
      files: [PROBE_SCRIPT_FILE],
      world: 'MAIN',
    });
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
