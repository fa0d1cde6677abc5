import type { PersonHints } from '@/lib/extract/page-hints';

/** A LinkedIn profile: who the rep is looking at, and where they work. */
export function PersonView({ person }: { person: PersonHints }) {
  return (
    <article className="account">
      <header className="account__title">
        <h1 data-testid="person-name">{person.name ?? 'Unnamed profile'}</h1>
        <p className="account__facts">
          {person.title && <span data-testid="person-title">{person.title}</span>}
          {person.title && person.companyName && ' at '}
          {person.companyName && <span data-testid="person-company">{person.companyName}</span>}
        </p>
      </header>
      <p>
        Open the company page of {person.companyName ?? 'this person’s employer'} to qualify the
        account.
      </p>
    </article>
  );
}
