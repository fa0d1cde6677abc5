import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { tiersBestFirst } from '@/lib/core/scoring/score';
import { oneAnswerFromNextTier } from '@/lib/core/scoring/tier-path';
import { db } from '@/lib/extension/db/db';
import { TierBadge } from '@/components/TierBadge';
import { useActiveIcp } from '@/components/use-active-icp';

const RECENT = 200;

/** Recently qualified accounts, newest first, with a tier filter and a search. */
export function AccountList({ onOpen }: { onOpen: (accountId: string) => void }) {
  const [tier, setTier] = useState('');
  const [query, setQuery] = useState('');
  const [oneAnswer, setOneAnswer] = useState(false);
  const id = useId();
  const icp = useActiveIcp();
  const accounts = useLiveQuery(
    () => db.accounts.orderBy('updatedAt').reverse().limit(RECENT).toArray(),
    [],
  );
  // Which accounts one answer lifts to a better tier, and how many tiers.
  const lifts = useMemo(() => {
    const map = new Map<
      string,
      { label: string; tierId: string; tierLabel: string; gain: number }
    >();
    if (!icp || !accounts) return map;
    const order = tiersBestFirst(icp).map((t) => t.id);
    const rank = (tierId: string) => {
      const i = order.indexOf(tierId);
      return i === -1 ? order.length : i;
    };
    for (const a of accounts) {
      const found = oneAnswerFromNextTier(a.facts, icp);
      if (!found) continue;
      map.set(a.id, {
        label: found.label,
        tierId: found.tier.id,
        tierLabel: found.tier.label,
        gain: rank(a.score.tier.id) - rank(found.tier.id),
      });
    }
    return map;
  }, [accounts, icp]);
  if (!accounts) return null;
  const q = query.trim().toLowerCase();
  const filtered = accounts.filter(
    (a) =>
      (!tier || a.score.tier.id === tier) &&
      (!oneAnswer || lifts.has(a.id)) &&
      (!q ||
        [a.facts.company.name, a.domain, a.facts.company.industry].some((v) =>
          v?.toLowerCase().includes(q),
        )),
  );
  // The accounts where one question moves the tier the most come first.
  const shown = oneAnswer
    ? [...filtered].sort((x, y) => lifts.get(y.id)!.gain - lifts.get(x.id)!.gain)
    : filtered;
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
        <label className="account-list__one-answer">
          <input
            type="checkbox"
            checked={oneAnswer}
            onChange={(e) => setOneAnswer(e.target.checked)}
            data-testid="one-answer-filter"
          />
          One answer from a better tier
        </label>
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
              data-one-answer-to={lifts.get(a.id)?.tierId}
            >
              <button type="button" className="account-list__open" onClick={() => onOpen(a.id)}>
                <TierBadge tier={a.score.tier} small />
                <span>
                  <span className="account-list__name">{a.facts.company.name ?? a.id}</span>
                  <span className="account-list__meta">
                    {a.score.score} · {a.score.confidence}% · {a.domain ?? ''}
                  </span>
                  {lifts.has(a.id) && (
                    <span className="account-list__meta" data-testid="one-answer-lift">
                      One answer to {lifts.get(a.id)!.tierLabel}: {lifts.get(a.id)!.label}
                    </span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
