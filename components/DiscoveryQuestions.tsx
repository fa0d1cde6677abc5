import type { ScoreResult } from '@/lib/scoring/result';

export function DiscoveryQuestions({ result }: { result: ScoreResult }) {
  if (result.questions.length === 0) return null;
  const labels = new Map(result.criteria.map((c) => [c.id, c.label]));
  return (
    <section className="section" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Ask next</h2>
      <ul className="questions">
        {result.questions.map((q, i) => (
          <li
            key={`${q.criterionId}-${i}`}
            data-testid="question"
            data-criterion-id={q.criterionId}
          >
            <span className="question__text">{q.text}</span>
            <span className="question__why">{labels.get(q.criterionId)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
