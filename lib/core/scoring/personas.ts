import type { Persona } from '../icp/schema';
import type { ScoreResult } from './result';
import { hasWholeWord } from '../values/words';

/**
 * The persona whose title patterns fit a person's title, as whole words and
 * regardless of case; the longest matching pattern wins, so "VP of Sales
 * Operations" goes to RevOps rather than to the head of sales.
 */
export function matchPersona(title: string | undefined, personas: Persona[]): Persona | undefined {
  if (!title) return undefined;
  const lower = title.toLowerCase();
  let best: { persona: Persona; length: number } | undefined;
  for (const persona of personas) {
    for (const pattern of persona.titlePatterns) {
      const p = pattern.toLowerCase();
      if (p.length > (best?.length ?? 0) && hasWholeWord(lower, p))
        best = { persona, length: p.length };
    }
  }
  return best?.persona;
}

export interface TalkingPoint {
  text: string;
  /** Where it comes from: the persona itself, a criterion the account meets, or a competitor it runs. */
  source: 'persona' | 'fit' | 'competitor';
}

/**
 * The persona's own talking points, then what this account gives the rep to
 * say: the criteria it meets, in its own values, and the competitors it runs.
 */
export function talkingPointsFor(
  persona: Persona,
  result: ScoreResult | undefined,
): TalkingPoint[] {
  const points: TalkingPoint[] = persona.talkingPoints.map((text) => ({ text, source: 'persona' }));
  if (!result) return points;
  for (const c of result.criteria) {
    if (c.status !== 'match') continue;
    if (c.kind === 'competitor') {
      points.push({
        text: `They run ${c.found}: ${c.talkingPoint ?? 'a replacement opportunity.'}`,
        source: 'competitor',
      });
    } else if (c.found) {
      points.push({
        text: `${c.label}: ${c.found}. Open with why that matters to a ${persona.name.toLowerCase()}.`,
        source: 'fit',
      });
    }
  }
  return points;
}
