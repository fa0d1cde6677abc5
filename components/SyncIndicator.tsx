import { useSyncStatus } from '@/components/use-sync-status';

/** One line in the panel: what the last team update changed, or why the last sync failed. */
export function SyncIndicator() {
  const status = useSyncStatus();
  if (!status) return null;
  if (status.lastError) {
    return (
      <div
        className="sync-indicator sync-indicator--error"
        data-testid="sync-indicator"
        data-state="error"
      >
        Team ICP sync failed {new Date(status.lastError.at).toLocaleTimeString()}:{' '}
        {status.lastError.reason}
      </div>
    );
  }
  if (status.lastChange) {
    const { to, summary, changelog } = status.lastChange;
    return (
      <div className="sync-indicator" data-testid="sync-indicator" data-state="updated">
        ICP v{to}
        {summary.length ? `: ${summary.slice(0, 3).join('; ')}` : changelog ? `: ${changelog}` : ''}
      </div>
    );
  }
  return null;
}
