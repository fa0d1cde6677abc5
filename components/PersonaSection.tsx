import { useId, useState } from 'react';
import type { Persona } from '@/lib/core/icp/schema';
import { talkingPointsFor } from '@/lib/core/scoring/personas';
import type { ScoreResult } from '@/lib/core/scoring/result';

const ROLE_TEXT: Record<Persona['role'], string> = {
  champion: 'Champion',
  'economic-buyer': 'Economic buyer',
  'technical-buyer': 'Technical buyer',
  user: 'User',
  gatekeeper: 'Gatekeeper',
  procurement: 'Procurement',
};

interface Props {
  personas: Persona[];
  result?: ScoreResult;
  /** The persona a profile's title matched; the rep can still pick another. */
  initial?: string;
}

/** What to say to the person on the other end, for the account in front of the rep. */
export function PersonaSection({ personas, result, initial }: Props) {
  const [chosen, setChosen] = useState(initial ?? personas[0]?.id ?? '');
  const id = useId();
  const persona = personas.find((p) => p.id === chosen);
  if (personas.length === 0) return null;
  return (
    <section className="section persona" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Talking to</h2>
      <label htmlFor={`${id}-select`} className="visually-hidden">
        Persona
      </label>
      <select
        id={`${id}-select`}
        data-testid="persona-select"
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
      >
        {personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({ROLE_TEXT[p.role]})
          </option>
        ))}
      </select>
      {persona && (
        <div data-testid="persona" data-persona-id={persona.id} data-role={persona.role}>
          <h3>Say</h3>
          <ul className="talking-points">
            {talkingPointsFor(persona, result).map((point, i) => (
              <li key={i} data-testid="talking-point" data-source={point.source}>
                {point.text}
              </li>
            ))}
          </ul>
          {persona.pains.length > 0 && (
            <>
              <h3>They worry about</h3>
              <ul>
                {persona.pains.map((pain) => (
                  <li key={pain}>{pain}</li>
                ))}
              </ul>
            </>
          )}
          {persona.objections.length > 0 && (
            <>
              <h3>If they say</h3>
              <dl className="objections">
                {persona.objections.map((o) => (
                  <div key={o.objection}>
                    <dt>“{o.objection}”</dt>
                    <dd>{o.response}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          {persona.questions.length > 0 && (
            <>
              <h3>Ask them</h3>
              <ul>
                {persona.questions.map((q) => (
                  <li key={q.text}>{q.text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
