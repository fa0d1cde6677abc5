import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AccountRecord } from '@/lib/core/accounts/account';
import { readPending } from '@/lib/extension/accounts/pending-accounts';
import { sendMessage } from '@/lib/messaging/send';

/**
 * The account waiting for this tab (read, scored, not kept), followed as the
 * worker re-scores it. Undefined while there is none or it is loading.
 */
export function usePendingAccount(
  tabId: number | undefined,
  pendingId: string | undefined,
): AccountRecord | undefined {
  const key = tabId !== undefined && pendingId ? `${tabId}:${pendingId}` : undefined;
  const [pending, setPending] = useState<{ key: string; account: AccountRecord | undefined }>();
  useEffect(() => {
    if (tabId === undefined || !pendingId || !key) return;
    let live = true;
    const refresh = () =>
      void readPending(tabId).then(
        (a) => live && setPending({ key, account: a?.id === pendingId ? a : undefined }),
      );
    const onChanged = (_changes: Record<string, unknown>, area: string) => {
      if (area === 'session') refresh();
    };
    refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId, pendingId, key]);
  return key && pending?.key === key ? pending.account : undefined;
}

const withoutHash = (url: string | undefined) => url?.replace(/#.*$/, '');

/**
 * Opening the panel on a tab opens its account: a waiting account of the
 * page the tab showed when the panel first looked at it (read before, or on
 * the panel's own "read on open") is kept at once. One that arrives after the
 * rep moved on, with the panel left open, waits for their "Keep" instead, so
 * a panel kept open all day does not keep everything browsed past it.
 */
export function useKeepOnOpen(tabId: number | undefined, pending: AccountRecord | undefined) {
  const [openedOn, setOpenedOn] = useState<{ tabId: number; url: string | undefined }>();
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    void browser.tabs
      .get(tabId)
      .then((tab) => live && setOpenedOn({ tabId, url: tab.url }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tabId]);
  const keepNow =
    tabId !== undefined &&
    pending !== undefined &&
    openedOn?.tabId === tabId &&
    openedOn.url !== undefined &&
    withoutHash(pending.sources[0]?.url) === withoutHash(openedOn.url);
  const pendingId = pending?.id;
  useEffect(() => {
    if (keepNow && tabId !== undefined) void keepAccount(tabId);
  }, [keepNow, tabId, pendingId]);
}

export function keepAccount(tabId: number) {
  return sendMessage('keepAccount', { tabId });
}
