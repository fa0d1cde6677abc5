import { useEffect, useState } from 'react';
import { db } from '@/lib/extension/db/db';
import { forgetAccount, markOpened } from '@/lib/extension/accounts/forget';

/**
 * Under an account the panel shows: marks it opened (retention counts from
 * now) and offers to forget it.
 */
export function ForgetAccount({ accountId, name }: { accountId: string; name: string }) {
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    void markOpened(db, accountId);
  }, [accountId]);
  if (!asking)
    return (
      <p className="forget">
        <button type="button" onClick={() => setAsking(true)} data-testid="forget-account">
          Forget this account
        </button>
      </p>
    );
  return (
    <div role="alertdialog" aria-labelledby="forget-account-q" className="forget">
      <p id="forget-account-q">Forget {name}? Reading its pages again stores it again.</p>
      <button
        type="button"
        onClick={() => void forgetAccount(db, accountId)}
        data-testid="forget-account-confirm"
      >
        Forget it
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
