import { browser } from 'wxt/browser';
import { readingState } from '../../core/privacy/reading-policy';
import { loadReading } from '../privacy/reading-settings';
import { injectReader } from './content-scripts';
import { grantRead } from './read-grants';

/**
 * The toolbar button or Alt+Shift+L on a page the reading mode leaves to the
 * rep: the click granted `activeTab` for this tab, which is all the reader
 * needs. A paused or never-read site waits for the panel's own button.
 */
export async function readOnToolbarClick(tabId: number): Promise<void> {
  const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  if (!url) return;
  const { settings } = await loadReading();
  if (readingState(url, settings) !== 'on-click') return;
  await grantRead(tabId, url, false);
  await injectReader(tabId).catch(() => undefined);
}
