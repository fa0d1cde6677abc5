import type { QuestionGroup } from '@/lib/core/icp/schema';
import type { ScoreQuestion, ScoreResult } from '@/lib/core/scoring/result';

const GROUPS: { id: QuestionGroup; title: string }[] = [
  { id: 'firmographics', title: 'About the company' },
  { id: 'pain', title: 'Pain points' },
  { id: 'buying-process', title: 'Buying process' },
];

/** What to ask on the call, grouped as discovery is usually run. */
export function DiscoveryQuestions({ result }: { result: ScoreResult }) {
  if (result.questions.length === 0) return null;
  const labels = new Map(result.criteria.map((c) => [c.id, c.label]));
  return (
    <section className="section" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Ask next</h2>
      {GROUPS.map(({ id, title }) => {
        const questions = result.questions.filter((q) => q.group === id);
        if (questions.length === 0) return null;
        return (
          <div key={id} className="question-group" data-group={id}>
            <h3>{title}</h3>
            <ul className="questions">
              {questions.map((q, i) => (
                <Question
                  key={`${q.criterionId ?? 'segment'}-${i}`}
                  question={q}
                  why={labels.get(q.criterionId ?? '')}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function Question({ question, why }: { question: ScoreQuestion; why: string | undefined }) {
  return (
    <li data-testid="question" data-criterion-id={question.criterionId}>
      <span className="question__text">{question.text}</span>
      {why && <span className="question__why">{why}</span>}
    </li>
  );
}
