import { browser } from 'wxt/browser';

// When IndexedDB refuses a write (quota exhausted, database blocked by an
// older tab, disk error) the rep must see it rather than lose work silently.
// The message goes to extension storage, which is separate from IndexedDB.

export const STORAGE_ERROR_KEY = 'storageError';

export interface StorageError {
  at: number;
  message: string;
}

export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'The browser has no storage left for ICP Lens: nothing new was saved. Free disk space or export and remove old accounts.';
  }
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || inner === 'VersionError') {
    return 'ICP Lens could not open its database (another window may be holding an older version): close other ICP Lens windows and retry.';
  }
  return `ICP Lens could not save this page: ${error instanceof Error ? error.message : String(error)}`;
}

export async function reportStorageError(error: unknown, now = Date.now()): Promise<void> {
  const value: StorageError = { at: now, message: describeStorageError(error) };
  await browser.storage.local.set({ [STORAGE_ERROR_KEY]: value });
}

export async function clearStorageError(): Promise<void> {
  await browser.storage.local.remove(STORAGE_ERROR_KEY);
}
