import type { SignalHint } from '@/lib/core/hints/page-hints';

const HEADINGS: Record<string, string> = {
  hiring: 'Hiring',
  funding: 'Funding',
  expansion: 'Expansion',
};

/**
 * The buying signals seen on the company's pages, in the words the
 * background wrote from their typed data ("Hiring 3 engineering roles: …",
 * "Raised $20M Series B, March 2026"); where each was read is the tooltip.
 */
export function SignalList({ signals }: { signals: SignalHint[] }) {
  if (signals.length === 0) return null;
  return (
    <section className="section" aria-labelledby="signals-heading">
      <h2 id="signals-heading">Buying signals</h2>
      <ul className="signals">
        {signals.map((s) => (
          <li
            key={`${s.type}\u0000${s.detail}`}
            data-testid="signal"
            data-type={s.type}
            title={s.evidence}
          >
            <strong>{HEADINGS[s.type] ?? s.type}</strong> · {s.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}
