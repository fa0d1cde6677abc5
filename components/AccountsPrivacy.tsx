import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { db } from '@/lib/extension/db/db';
import { accountsToJson } from '@/lib/core/accounts/export';
import { retentionCounts } from '@/lib/core/privacy/retention';
import { applyRetention, forgetEverything, openedTimes } from '@/lib/extension/accounts/forget';
import { downloadText } from '@/components/download';
import { useReading } from '@/components/use-reading';

/** How many accounts are kept, what retention is about to delete, and "Forget everything". */
export function AccountsPrivacy() {
  const id = useId();
  const { reading } = useReading();
  // The clock is read with the accounts, so the counts follow both.
  const stored = useLiveQuery(
    async () => ({
      accounts: await db.accounts.toArray(),
      opened: await openedTimes(db),
      now: Date.now(),
    }),
    [],
  );
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  if (!stored || !reading) return null;
  const { accounts, opened, now } = stored;
  const days = reading.settings.retentionDays;
  const { expired, soon } = retentionCounts(accounts, opened, days, now);
  const exportFirst = () =>
    downloadText('icp-lens-accounts.json', 'application/json', accountsToJson(accounts));

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Stored accounts</h2>
      <p data-testid="retention-summary">
        {accounts.length} accounts stored.{' '}
        {days > 0
          ? `Accounts not opened in the panel for ${days} days are deleted: ${expired} at the next daily clean-up, ${soon} more within 7 days.`
          : 'Accounts are kept until you forget them.'}
      </p>
      {expired > 0 && (
        <button
          type="button"
          onClick={() => void applyRetention(db, days)}
          data-testid="retention-now"
        >
          Delete the {expired} now
        </button>
      )}
      {!asking ? (
        <button
          type="button"
          onClick={() => setAsking(true)}
          disabled={accounts.length === 0}
          data-testid="forget-everything"
        >
          Forget everything…
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            Delete all {accounts.length} stored accounts from this browser? This cannot be undone.
            Download a copy first if you may need them.
          </p>
          <div className="button-row">
            <button type="button" onClick={exportFirst} data-testid="forget-export">
              Download a JSON export first
            </button>
            <button
              type="button"
              onClick={() =>
                void forgetEverything(db).then(() => {
                  setAsking(false);
                  setDone(true);
                })
              }
              data-testid="forget-everything-confirm"
            >
              Delete all accounts
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {done && <p role="status">Every stored account is forgotten.</p>}
    </section>
  );
}
