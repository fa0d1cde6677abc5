import type { QuestionGroup } from '@/lib/core/icp/schema';
import type { ScoreQuestion, ScoreResult } from '@/lib/core/scoring/result';
import {
  orderQuestions,
  type OrderedQuestion,
  type TierOutlook,
} from '@/lib/core/scoring/tier-path';
import { tierName } from '@/components/TierPath';

const GROUP_TITLES: Record<QuestionGroup, string> = {
  firmographics: 'About the company',
  pain: 'Pain points',
  'buying-process': 'Buying process',
};

/**
 * What to ask on the call, the question that decides the most first: the one
 * whose answer reaches the best tier, then the ones whose answer could drop it.
 */
export function DiscoveryQuestions({
  result,
  outlook,
}: {
  result: ScoreResult;
  outlook?: TierOutlook;
}) {
  if (result.questions.length === 0) return null;
  const labels = new Map(result.criteria.map((c) => [c.id, c.label]));
  const ordered: OrderedQuestion<ScoreQuestion>[] = outlook
    ? orderQuestions(result.questions, outlook)
    : result.questions.map((question) => ({ question, movesTo: result.tier }));
  return (
    <section className="section" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Ask next</h2>
      <ul className="questions">
        {ordered.map((q, i) => (
          <Question
            key={`${q.question.criterionId ?? 'segment'}-${i}`}
            item={q}
            why={labels.get(q.question.criterionId ?? '')}
          />
        ))}
      </ul>
    </section>
  );
}

function Question({
  item,
  why,
}: {
  item: OrderedQuestion<ScoreQuestion>;
  why: string | undefined;
}) {
  const { question, move, movesTo } = item;
  return (
    <li
      data-testid="question"
      data-criterion-id={question.criterionId}
      data-group={question.group}
      data-moves-to={movesTo.id}
    >
      <span className="question__text">{question.text}</span>
      <span className="question__why">
        {[why, GROUP_TITLES[question.group]].filter(Boolean).join(' · ')}
      </span>
      {move && (
        <span className="question__moves" data-testid="question-moves">
          yes → {tierName(move.yes)} · partly → {tierName(move.partly)} · no → {tierName(move.no)}
        </span>
      )}
    </li>
  );
}
