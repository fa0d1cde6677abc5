import { useId } from 'react';
import type { KeepAccounts } from '@/lib/core/privacy/reading-policy';
import { keepChoices, keepRule } from '@/lib/core/privacy/keep-policy';
import { useActiveIcp } from '@/components/use-active-icp';

/**
 * Which accounts are stored: the choices follow the active ICP's tiers, so a
 * tier the team removed since the rep chose it is named, with what applies
 * instead, rather than shown as a choice that no longer exists.
 */
export function KeepAccountsChoice(props: {
  value: KeepAccounts;
  locked: boolean;
  onChoose: (keep: KeepAccounts) => void;
}) {
  const id = useId();
  const icp = useActiveIcp();
  if (!icp) return null;
  const rule = keepRule(props.value, icp.tiers);
  return (
    <fieldset disabled={props.locked} aria-describedby={`${id}-help`} data-testid="keep-accounts">
      <legend>Keep accounts</legend>
      {props.locked && (
        <p className="locked" data-testid="locked-keepAccounts">
          Set by your administrator.
        </p>
      )}
      {keepChoices(icp.tiers).map((choice) => (
        <div key={choice.value} className="mode-choice">
          <label>
            <input
              type="radio"
              name={`${id}-keep`}
              value={choice.value}
              checked={props.value === choice.value}
              onChange={() => props.onChoose(choice.value)}
              data-testid={`keep-${choice.value.replace(':', '-')}`}
            />{' '}
            {choice.label}
          </label>
        </div>
      ))}
      {rule.kind === 'missing-tier' && (
        <p className="locked" role="status" data-testid="keep-missing-tier">
          The team’s ICP no longer has the tier “{rule.tierId}” chosen here. Until a tier is chosen
          again, ICP Lens keeps only the accounts you open in the panel.
        </p>
      )}
      <p id={`${id}-help`} className="hint">
        Every company page is read and scored in memory. An account not kept is shown in the panel
        while its tab is open and kept when you open it there; closing the tab forgets it.
      </p>
    </fieldset>
  );
}
