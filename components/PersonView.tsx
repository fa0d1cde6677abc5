import type { AccountRecord } from '@/lib/core/accounts/account';
import type { PersonHints } from '@/lib/core/hints/page-hints';
import { matchPersona } from '@/lib/core/scoring/personas';
import { AccountView } from '@/components/AccountView';
import { useActiveIcp } from '@/components/use-active-icp';

interface Props {
  person: PersonHints;
  /** The employer's stored account, when the rep has qualified it. */
  account?: AccountRecord;
}

/** A LinkedIn profile: who the rep is about to talk to, at which account, and what to say. */
export function PersonView({ person, account }: Props) {
  const icp = useActiveIcp();
  const persona = icp ? matchPersona(person.title, icp.personas) : undefined;
  return (
    <div>
      <header className="person">
        <h1 data-testid="person-name">{person.name ?? 'Unnamed profile'}</h1>
        <p className="account__facts">
          {person.title && <span data-testid="person-title">{person.title}</span>}
          {person.title && person.companyName && ' at '}
          {person.companyName && <span data-testid="person-company">{person.companyName}</span>}
        </p>
        {persona && (
          <p data-testid="person-persona" data-persona-id={persona.id}>
            Reads as: {persona.name}
          </p>
        )}
      </header>
      {account ? (
        <AccountView account={account} personaId={persona?.id} />
      ) : (
        <p className="person__hint">
          {person.companyName
            ? `${person.companyName} is not qualified yet: open its LinkedIn page or website to qualify the account and get talking points.`
            : 'Open the company page of this person’s employer to qualify the account.'}
        </p>
      )}
    </div>
  );
}
