import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  loadReading,
  READING_KEY,
  READING_POLICY_KEY,
  saveRepReading,
  type EffectiveReading,
  type RepReading,
  type SaveReadingResult,
} from '@/lib/extension/privacy/reading-settings';

/** The reading settings in force, followed as they change anywhere. */
export function useReading(): {
  reading: EffectiveReading | undefined;
  save: (patch: RepReading) => Promise<SaveReadingResult>;
} {
  const [reading, setReading] = useState<EffectiveReading>();
  useEffect(() => {
    let live = true;
    const refresh = () => void loadReading().then((r) => live && setReading(r));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (READING_KEY in changes || READING_POLICY_KEY in changes)) refresh();
    };
    refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const save = useCallback((patch: RepReading) => saveRepReading(patch), []);
  return { reading, save };
}

/** The URL the tab shows, followed as it navigates. */
export function useTabUrl(tabId: number | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    void browser.tabs
      .get(tabId)
      .then((tab) => live && setUrl(tab.url))
      .catch(() => undefined);
    const onUpdated = (id: number, change: { url?: string }) => {
      if (id === tabId && change.url) setUrl(change.url);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return url;
}
