import { useId, useState, type FormEvent } from 'react';
import { answerKind } from '@/lib/core/accounts/answers';
import { db } from '@/lib/extension/db/db';
import { saveAnswer } from '@/lib/extension/accounts/save-rep-value';
import type { Criterion } from '@/lib/core/icp/schema';
import type { RepAnswer } from '@/lib/core/scoring/facts';

/** Records what the prospect said for one criterion; the score updates as soon as it is saved. */
export function AnswerForm({ accountId, criterion }: { accountId: string; criterion: Criterion }) {
  const kind = answerKind(criterion);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<RepAnswer['status']>('match');
  const [problem, setProblem] = useState<string>();
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await saveAnswer(
      db,
      accountId,
      criterion,
      kind === 'value' ? { kind, text } : { kind, status, note: text },
    );
    if (result.ok) {
      setText('');
      setProblem(undefined);
    } else {
      setProblem(result.problem);
    }
  };

  return (
    <form className="answer" onSubmit={submit} data-testid="answer-form">
      {kind === 'status' && (
        <>
          <label htmlFor={`${id}-status`} className="visually-hidden">
            Answer for {criterion.label}
          </label>
          <select
            id={`${id}-status`}
            data-testid="answer-status"
            data-criterion-id={criterion.id}
            value={status}
            onChange={(e) => setStatus(e.target.value as RepAnswer['status'])}
          >
            <option value="match">Yes</option>
            <option value="partial">Partly</option>
            <option value="miss">No</option>
          </select>
        </>
      )}
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {kind === 'value'
          ? `${criterion.label}: what did they say?`
          : `Note for ${criterion.label}`}
      </label>
      <input
        id={`${id}-text`}
        data-testid="answer-input"
        data-criterion-id={criterion.id}
        value={text}
        placeholder={kind === 'value' ? placeholderFor(criterion) : 'Note (optional)'}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      <button type="submit">Save</button>
      {problem && (
        <div id={`${id}-problem`} className="answer__problem" role="alert">
          {problem}
        </div>
      )}
    </form>
  );
}

function placeholderFor(criterion: Criterion): string {
  switch (criterion.rule.field) {
    case 'employees':
      return 'e.g. 320';
    case 'revenueUsd':
      return 'e.g. $40M';
    case 'hq':
      return 'e.g. Austin, TX';
    default:
      return 'e.g. Software Development';
  }
}
