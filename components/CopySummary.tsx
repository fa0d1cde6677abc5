import { useState } from 'react';
import type { AccountRecord } from '@/lib/core/accounts/account';
import { crmNote } from '@/lib/core/accounts/crm-note';
import type { TierOutlook } from '@/lib/core/scoring/tier-path';

/** Copies the qualification as a CRM note. */
export function CopySummary({
  account,
  outlook,
}: {
  account: AccountRecord;
  /** The path up and the risks, added to the note. */
  outlook?: TierOutlook;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(crmNote(account, undefined, outlook));
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
