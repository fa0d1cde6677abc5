import { useState } from 'react';
import type { AccountRecord } from '@/lib/core/accounts/account';
import { crmNote } from '@/lib/core/accounts/crm-note';

/** Copies the qualification as a CRM note. */
export function CopySummary({ account }: { account: AccountRecord }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(crmNote(account));
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="copy">
      <button type="button" data-testid="copy-summary" onClick={copy}>
        Copy summary for CRM
      </button>
      <span role="status" className="copy__status">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Could not copy: clipboard blocked'
            : ''}
      </span>
    </div>
  );
}
