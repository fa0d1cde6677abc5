import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab the panel describes: the one named by `?tabId=` (a popped-out panel
 * or a test), else the active tab of the panel's window, followed as the
 * user switches tabs.
 */
export function useCurrentTabId(search: string): number | undefined {
  const pinned = Number(new URLSearchParams(search).get('tabId'));
  const [tabId, setTabId] = useState<number | undefined>(
    Number.isInteger(pinned) && pinned > 0 ? pinned : undefined,
  );
  const followActive = !(Number.isInteger(pinned) && pinned > 0);

  useEffect(() => {
    if (!followActive) return;
    let windowId: number | undefined;
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId;
      setTabId(tab?.id);
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [followActive]);

  return tabId;
}
