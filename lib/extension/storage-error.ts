import { browser } from 'wxt/browser';

// When IndexedDB refuses a write (quota exhausted, database blocked by an
// older tab, disk error) the rep must see it rather than lose work silently.
// The message goes to extension storage, which is separate from IndexedDB.

export const STORAGE_ERROR_KEY = 'storageError';

export interface StorageError {
  at: number;
  message: string;
}

/**
 * How long a page write may wait for the database before the rep is told.
 * A write normally takes milliseconds; a first start after an update that
 * upgrades thousands of accounts may pass it, and the message then clears
 * itself when the write lands.
 */
export const STORAGE_WAIT_MS = 3000;

/** The database has not answered within STORAGE_WAIT_MS: blocked, most likely. */
export class DatabaseWaitError extends Error {
  override name = 'DatabaseWaitError';
  constructor() {
    super(`the database did not answer within ${STORAGE_WAIT_MS / 1000} s`);
  }
}

export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'DatabaseWaitError') {
    return 'ICP Lens is waiting for its database (another ICP Lens window may be holding an older version open): close other ICP Lens windows. This page is saved as soon as the database is free.';
  }
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

/**
 * Runs a database write and, when it has not settled within `ms`, calls
 * `onWaiting` once. IndexedDB does not fail an open that another connection
 * blocks (a window holding an older version open, which ignores the request
 * to close): it queues it, for as long as that window stays open. Without
 * this the write would wait silently. The write itself carries on and lands
 * once the database is free; a report made while waiting is written before
 * this resolves, so the caller's clearStorageError comes after it.
 */
export async function noticeWaiting<T>(
  write: Promise<T>,
  onWaiting: () => Promise<void>,
  ms = STORAGE_WAIT_MS,
): Promise<T> {
  let waiting: Promise<void> | undefined;
  const timer = setTimeout(() => {
    waiting = onWaiting().catch(() => undefined);
  }, ms);
  try {
    return await write;
  } finally {
    clearTimeout(timer);
    await waiting;
  }
}
