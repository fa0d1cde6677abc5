import { useMemo, useState } from 'react';
import type { AccountRecord } from '@/lib/core/accounts/account';
import { keepSummary } from '@/lib/core/privacy/keep-policy';
import { score } from '@/lib/core/scoring/score';
import { AccountView } from '@/components/AccountView';
import { useActiveIcp } from '@/components/use-active-icp';
import { useReading } from '@/components/use-reading';
import { keepAccount } from '@/components/use-pending-account';
import { KeepFirst } from '@/components/keep-first';

/**
 * An account read on this tab but not kept: shown as a stored one would be,
 * with one line saying so and a way to keep it. Until then it lives only in
 * the tab's session memory.
 */
export function PendingAccount({ tabId, account }: { tabId: number; account: AccountRecord }) {
  const icp = useActiveIcp();
  const { reading } = useReading();
  const [problem, setProblem] = useState(false);
  // Scored when read; the team's ICP may have changed since, and stored
  // accounts are re-scored with it, so this one is too.
  const shown = useMemo(
    () =>
      icp && (icp.name !== account.score.icpName || icp.version !== account.score.icpVersion)
        ? { ...account, score: score(account.facts, icp) }
        : account,
    [account, icp],
  );
  const keep = () =>
    keepAccount(tabId).then(
      (r) => {
        setProblem(!r?.accountId);
        return Boolean(r?.accountId);
      },
      () => {
        setProblem(true);
        return false;
      },
    );
  return (
    <>
      <section className="reading-status" data-state="pending" data-testid="pending-account">
        <p>
          Not kept yet
          {reading && icp ? `: ${keepSummary(reading.settings.keep, icp.tiers)}` : '.'}
        </p>
        <button type="button" onClick={() => void keep()} data-testid="keep-account">
          Keep this account
        </button>
        {problem && (
          <p role="alert">This account could not be kept: the tab has moved on. Read it again.</p>
        )}
      </section>
      <KeepFirst.Provider value={keep}>
        <AccountView account={shown} />
      </KeepFirst.Provider>
    </>
  );
}
