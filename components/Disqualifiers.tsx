import type { DisqualifierHit } from '@/lib/core/scoring/result';

/** Anti-ICP rules the account meets: shown first, because they end the conversation. */
export function Disqualifiers({ hits }: { hits: DisqualifierHit[] }) {
  if (hits.length === 0) return null;
  return (
    <section className="section disqualifiers" aria-labelledby="disqualifiers-heading">
      <h2 id="disqualifiers-heading">Disqualified</h2>
      <ul>
        {hits.map((d) => (
          <li key={d.id} data-testid="disqualifier" data-disqualifier-id={d.id}>
            <strong>{d.label}</strong>
            {d.found && <span> (found: {d.found})</span>}
            <div>{d.reason}</div>
            <div className="criterion__evidence">
              Capped at tier {d.capTier.label}
              {d.evidence && ` · from ${d.evidence}`}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
