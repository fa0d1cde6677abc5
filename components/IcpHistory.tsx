import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { db } from '@/lib/extension/db/db';
import { diffIcp } from '@/lib/core/icp/diff';
import { sendMessage } from '@/lib/messaging/send';

/** Every ICP the team has used here, newest first, what each changed, and a way back. */
export function IcpHistory() {
  const id = useId();
  const [message, setMessage] = useState<string>();
  const history = useLiveQuery(
    () => db.icpHistory.orderBy('seq').reverse().limit(50).toArray(),
    [],
  );
  if (!history) return null;
  const rollback = async (seq: number, version: number) => {
    const result = await sendMessage('rollbackIcp', { seq });
    setMessage(
      result.status === 'installed'
        ? `Back on v${version}; ${result.rescored} accounts re-scored.`
        : result.status === 'refused'
          ? result.reason
          : `v${version} is already in force.`,
    );
  };
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>History</h2>
      {message && <p role="status">{message}</p>}
      <ol className="history">
        {history.map((entry, i) => {
          const older = history[i + 1];
          const changes = older ? diffIcp(older.icp, entry.icp) : [];
          return (
            <li key={entry.seq} data-testid="history-entry" data-version={entry.version}>
              <strong>
                v{entry.version} · {entry.icp.name}
              </strong>{' '}
              <span className="criterion__evidence">
                {new Date(entry.installedAt).toLocaleString()} · from {entry.source}
                {i === 0 && ' · in force'}
              </span>
              {changes.length > 0 && (
                <ul>
                  {changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              )}
              {i > 0 && (
                <button
                  type="button"
                  onClick={() => void rollback(entry.seq!, entry.version)}
                  data-testid="rollback"
                >
                  Roll back to v{entry.version}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
