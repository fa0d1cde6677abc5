import { browser } from 'wxt/browser';
import type { AccountRecord } from '../../core/accounts/account';

// An account read and scored but not kept (the rep keeps only accounts they
// open, or those at a tier): it waits for its tab in storage.session, which
// is held in memory, survives the worker being stopped, never reaches disk
// and is gone with the browser session. Only the extension's own contexts
// can read it; content scripts cannot.

const PREFIX = 'pendingAccount:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export function isPendingKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

export async function readPending(tabId: number): Promise<AccountRecord | undefined> {
  const key = keyOf(tabId);
  return (await browser.storage.session.get(key))[key] as AccountRecord | undefined;
}

export async function holdPending(tabId: number, account: AccountRecord): Promise<void> {
  const entry = { [keyOf(tabId)]: account };
  try {
    await browser.storage.session.set(entry);
  } catch {
    // Session storage is full: other tabs' waiting accounts go first; theirs
    // is read again when the rep comes back to them.
    const others = Object.keys(await browser.storage.session.get(null)).filter(isPendingKey);
    await browser.storage.session.remove(others);
    await browser.storage.session.set(entry);
  }
}

export async function dropPending(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

/** Every tab's waiting account, for "Forget everything". */
export async function dropAllPending(): Promise<void> {
  const keys = Object.keys(await browser.storage.session.get(null)).filter(isPendingKey);
  await browser.storage.session.remove(keys);
}
