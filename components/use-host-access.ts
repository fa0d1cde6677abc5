import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ReadingMode } from '@/lib/core/privacy/reading-policy';
import { holdsHostsFor } from '@/lib/extension/privacy/host-access';

/** Whether the browser gave ICP Lens the sites `mode` reads, followed as it changes. */
export function useHostAccess(mode: ReadingMode | undefined): boolean | undefined {
  const [held, setHeld] = useState<boolean>();
  useEffect(() => {
    if (!mode) return;
    let live = true;
    const refresh = () => void holdsHostsFor(mode).then((h) => live && setHeld(h));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [mode]);
  return held;
}
