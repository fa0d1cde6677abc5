import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { db } from '@/lib/extension/db/db';
import { TierBadge } from '@/components/TierBadge';
import { useActiveIcp } from '@/components/use-active-icp';

const RECENT = 200;

/** Recently qualified accounts, newest first, with a tier filter and a search. */
export function AccountList({ onOpen }: { onOpen: (accountId: string) => void }) {
  const [tier, setTier] = useState('');
  const [query, setQuery] = useState('');
  const id = useId();
  const icp = useActiveIcp();
  const accounts = useLiveQuery(
    () => db.accounts.orderBy('updatedAt').reverse().limit(RECENT).toArray(),
    [],
  );
  if (!accounts) return null;
  const q = query.trim().toLowerCase();
  const shown = accounts.filter(
    (a) =>
      (!tier || a.score.tier.id === tier) &&
      (!q ||
        [a.facts.company.name, a.domain, a.facts.company.industry].some((v) =>
          v?.toLowerCase().includes(q),
        )),
  );
  return (
    <section className="account-list" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>Recent accounts</h1>
      <div className="account-list__filters">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          Search accounts
        </label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="Search name, domain, industry"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="account-search"
        />
        <label htmlFor={`${id}-tier`} className="visually-hidden">
          Tier
        </label>
        <select
          id={`${id}-tier`}
          value={tier}
          onChange={(e) => setTier(e.target.value)}
          data-testid="tier-filter"
        >
          <option value="">All tiers</option>
          {icp?.tiers.map((t) => (
            <option key={t.id} value={t.id}>
              Tier {t.label}
            </option>
          ))}
          <option value="needs-discovery">Needs discovery</option>
        </select>
      </div>
      {shown.length === 0 ? (
        <p>{accounts.length === 0 ? 'No accounts qualified yet.' : 'No account matches.'}</p>
      ) : (
        <ul>
          {shown.map((a) => (
            <li
              key={a.id}
              data-testid="account-list-item"
              data-account-id={a.id}
              data-tier={a.score.tier.id}
            >
              <button type="button" className="account-list__open" onClick={() => onOpen(a.id)}>
                <TierBadge tier={a.score.tier} small />
                <span>
                  <span className="account-list__name">{a.facts.company.name ?? a.id}</span>
                  <span className="account-list__meta">
                    {a.score.score} · {a.score.confidence}% · {a.domain ?? ''}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
