import { useContext, useId, useMemo, useState, type FormEvent } from 'react';
import type { AccountFacts } from '@/lib/core/accounts/account';
import { answerKind, applyAnswer, type AnswerInput } from '@/lib/core/accounts/answers';
import { score } from '@/lib/core/scoring/score';
import { tierName } from '@/components/TierPath';
import { useActiveIcp } from '@/components/use-active-icp';
import { db } from '@/lib/extension/db/db';
import { saveAnswer } from '@/lib/extension/accounts/save-rep-value';
import { sendMessage } from '@/lib/messaging/send';
import type { Criterion } from '@/lib/core/icp/schema';
import type { RepAnswer } from '@/lib/core/scoring/facts';
import { KeepFirst } from '@/components/keep-first';

// The preview's answer counts as the newest, as the saved one will.
const LATER_THAN_ANY_SAVE = Date.UTC(9999, 0, 1);

/** Records what the prospect said for one criterion; the score updates as soon as it is saved. */
export function AnswerForm({
  accountId,
  criterion,
  facts,
}: {
  accountId: string;
  criterion: Criterion;
  /** With them, the form previews the tier and score the answer would give. */
  facts?: AccountFacts;
}) {
  const kind = answerKind(criterion);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<RepAnswer['status']>('match');
  const [touched, setTouched] = useState(false);
  const [problem, setProblem] = useState<string>();
  const id = useId();
  const icp = useActiveIcp();
  const keepFirst = useContext(KeepFirst);
  const input: AnswerInput = kind === 'value' ? { kind, text } : { kind, status, note: text };
  const preview = useMemo(() => {
    if (!facts || !icp || !touched || (kind === 'value' && !text.trim())) return undefined;
    const applied = applyAnswer(facts, criterion, input, LATER_THAN_ANY_SAVE);
    if (!applied.ok) return undefined;
    const result = score(applied.facts, icp);
    return { tier: result.tier, score: result.score };
    // input is rebuilt each render from kind, text and status.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [facts, icp, touched, kind, text, status, criterion]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (keepFirst && !(await keepFirst()))
      return setProblem('This account could not be kept: its tab has moved on.');
    const result = await saveAnswer(db, accountId, criterion, input);
    if (result.ok) {
      // The badge is the worker's to set; a failure there loses no answer.
      void sendMessage('accountChanged', { accountId }).catch(() => undefined);
      setText('');
      setTouched(false);
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
            onChange={(e) => {
              setStatus(e.target.value as RepAnswer['status']);
              setTouched(true);
            }}
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
        onChange={(e) => {
          setText(e.target.value);
          setTouched(true);
        }}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      <button type="submit">Save</button>
      <span
        className="answer__preview"
        data-testid="answer-preview"
        data-criterion-id={criterion.id}
        data-tier={preview?.tier.id}
        role="status"
      >
        {preview && `If saved: ${tierName(preview.tier)}, score ${preview.score}`}
      </span>
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
