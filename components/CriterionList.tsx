import type { AccountFacts } from '@/lib/core/accounts/account';
import type { Criterion } from '@/lib/core/icp/schema';
import type { CriterionResult, CriterionStatus } from '@/lib/core/scoring/result';
import { AnswerForm } from '@/components/AnswerForm';

const STATUS_TEXT: Record<CriterionStatus, string> = {
  match: 'Match',
  partial: 'Partial',
  miss: 'Miss',
  unknown: 'Unknown',
};

const STATUS_ICON: Record<CriterionStatus, string> = {
  match: '✓',
  partial: '◐',
  miss: '✗',
  unknown: '?',
};

const KIND_TEXT = { fit: '', 'must-have': 'must-have', bonus: 'bonus', competitor: 'competitor' };

interface Props {
  criteria: CriterionResult[];
  /** With both, open criteria get an answer form. */
  accountId?: string;
  definitions?: Map<string, Criterion>;
  /** The account's facts, for the answer forms' preview. */
  facts?: AccountFacts;
}

export function CriterionList({ criteria, accountId, definitions, facts }: Props) {
  return (
    <ul className="criteria" aria-label="Why this tier">
      {criteria.map((c) => {
        const definition = definitions?.get(c.id);
        // Anything not yet a match can be answered: an unknown filled in, a
        // partial or a page's miss corrected by what the prospect said.
        const open = c.status !== 'match';
        return (
          <li
            key={c.id}
            className={`criterion criterion--${c.status}`}
            data-testid="criterion"
            data-criterion-id={c.id}
            data-status={c.status}
            data-kind={c.kind}
          >
            <span className="criterion__icon" aria-hidden="true">
              {STATUS_ICON[c.status]}
            </span>
            <div className="criterion__body">
              <div className="criterion__head">
                <span className="criterion__label">
                  {c.label}
                  {KIND_TEXT[c.kind] && (
                    <span className="criterion__kind"> · {KIND_TEXT[c.kind]}</span>
                  )}
                </span>
                <span className="criterion__status">
                  {STATUS_TEXT[c.status]} · {formatPoints(c)}
                </span>
              </div>
              {c.found && <div className="criterion__found">Found: {c.found}</div>}
              {c.evidence && <div className="criterion__evidence">From {c.evidence}</div>}
              {c.talkingPoint && <div className="criterion__talking-point">{c.talkingPoint}</div>}
              {open && accountId && definition && c.kind !== 'competitor' && (
                <AnswerForm
                  accountId={accountId}
                  criterion={definition}
                  {...(facts && { facts })}
                />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function formatPoints(c: CriterionResult): string {
  if (c.status === 'unknown') return `weight ${c.weight}`;
  return `${c.points}/${c.weight}`;
}
