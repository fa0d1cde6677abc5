import type { TierRef } from '@/lib/core/scoring/result';
import type { TierOutlook } from '@/lib/core/scoring/tier-path';

/** Under the tier: what would move it up, and what would drop it. */
export function TierPath({ outlook }: { outlook: TierOutlook }) {
  if (outlook.paths.length === 0 && outlook.risks.length === 0) return null;
  return (
    <section className="section tier-path" aria-labelledby="tier-path-heading">
      <h2 id="tier-path-heading">What would change the tier</h2>
      {outlook.paths.length > 0 && (
        <ul className="tier-path__paths">
          {outlook.paths.map((path) => (
            <li key={path.target.id} data-testid="next-tier" data-target-tier={path.target.id}>
              <strong>To reach {path.target.label}:</strong>{' '}
              {path.blocked ? (
                <span className="tier-path__blocked">{path.blocked}</span>
              ) : (
                <>
                  {path.steps.map((step, i) => (
                    <span
                      key={step.criterionId}
                      data-testid="next-tier-step"
                      data-criterion-id={step.criterionId}
                      data-outcome={step.outcome}
                    >
                      {i > 0 && ', '}
                      confirm {step.label} (+{step.weight})
                    </span>
                  ))}
                  {path.reaches && path.reaches.id !== path.target.id && (
                    <span> (that gives {path.reaches.label})</span>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {outlook.risks.length > 0 && (
        <>
          <h3>Risks</h3>
          <ul className="tier-path__risks">
            {outlook.risks.map((risk) => (
              <li
                key={`${risk.kind}-${risk.criterionId}`}
                data-testid="tier-risk"
                data-criterion-id={risk.criterionId}
                data-to-tier={risk.toTier.id}
              >
                {risk.kind === 'anti-icp'
                  ? `If ${lower(risk.label)}: ${tierName(risk.toTier)} (anti-ICP)`
                  : `If not ${lower(risk.label)}: ${tierName(risk.toTier)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function tierName(tier: TierRef): string {
  if (tier.id === 'needs-discovery') return 'needs discovery';
  if (tier.id === 'unknown') return 'no tier';
  return tier.label;
}

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
