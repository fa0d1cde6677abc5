import type { CriterionResult, CriterionStatus } from '@/lib/scoring/result';

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

export function CriterionList({ criteria }: { criteria: CriterionResult[] }) {
  return (
    <ul className="criteria" aria-label="Why this tier">
      {criteria.map((c) => (
        <li
          key={c.id}
          className={`criterion criterion--${c.status}`}
          data-testid="criterion"
          data-criterion-id={c.id}
          data-status={c.status}
        >
          <span className="criterion__icon" aria-hidden="true">
            {STATUS_ICON[c.status]}
          </span>
          <div className="criterion__body">
            <div className="criterion__head">
              <span className="criterion__label">{c.label}</span>
              <span className="criterion__status">
                {STATUS_TEXT[c.status]} · {formatPoints(c)}
              </span>
            </div>
            {c.found && <div className="criterion__found">Found: {c.found}</div>}
            {c.evidence && <div className="criterion__evidence">From {c.evidence}</div>}
          </div>
        </li>
      ))}
    </ul>
  );
}

function formatPoints(c: CriterionResult): string {
  return c.status === 'unknown' ? `weight ${c.weight}` : `${c.points}/${c.weight}`;
}
