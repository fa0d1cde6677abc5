import type { AccountFacts } from '@/lib/core/accounts/account';
import { describeValue, fieldLabel } from '@/lib/core/accounts/describe-value';
import type { CompanyField } from '@/lib/core/accounts/field-compare';

/** Values that pages disagree on: the one in force is scored, the others are listed here. */
export function Conflicts({ facts }: { facts: AccountFacts }) {
  const entries = Object.entries(facts.conflicts ?? {}) as [
    CompanyField,
    AccountFacts['conflicts'][CompanyField],
  ][];
  const rows = entries.flatMap(([field, conflicts]) =>
    (conflicts ?? []).map((c, i) => ({ field, key: `${field}-${i}`, ...c })),
  );
  if (rows.length === 0) return null;
  return (
    <section className="section" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Pages disagree</h2>
      <ul className="conflicts">
        {rows.map(({ field, key, value, source }) => (
          <li key={key} data-testid="conflict" data-field={field}>
            <span className="conflict__field">{fieldLabel(field)}:</span> using{' '}
            {describeValue(field, facts.company[field])}; also seen {describeValue(field, value)}
            <span className="conflict__source">
              {' '}
              on {hostOf(source.url)}, {new Date(source.seenAt).toLocaleDateString()} (
              {source.evidence})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : 'a page';
  } catch {
    return 'a page';
  }
}
