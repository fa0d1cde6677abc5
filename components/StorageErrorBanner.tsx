import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { STORAGE_ERROR_KEY, type StorageError } from '@/lib/extension/storage-error';

/** Says, at the top of the panel, when the last page could not be saved. */
export function StorageErrorBanner() {
  const [error, setError] = useState<StorageError>();
  useEffect(() => {
    const load = async () =>
      setError(
        (await browser.storage.local.get(STORAGE_ERROR_KEY))[STORAGE_ERROR_KEY] as
          StorageError | undefined,
      );
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STORAGE_ERROR_KEY in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!error) return null;
  return (
    <div className="storage-error" role="alert" data-testid="storage-error">
      {error.message} ({new Date(error.at).toLocaleTimeString()})
    </div>
  );
}
