import { useEffect, useState } from 'react';
import {
  onSyncStatusChanged,
  readSyncStatus,
  type SyncStatus,
} from '@/lib/extension/sync/sync-state';

/** The team sync's status, kept live as the background records attempts. */
export function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    void readSyncStatus().then(setStatus);
    return onSyncStatusChanged(setStatus);
  }, []);
  return status;
}
