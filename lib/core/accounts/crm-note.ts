import type { Persona } from '../icp/schema';
import type { TierRef } from '../scoring/result';
import type { TierOutlook } from '../scoring/tier-path';
import type { AccountRecord } from './account';
import { describeValue, fieldLabel } from './describe-value';
import type { CompanyField } from './field-compare';

const STATUS: Record<string, string> = { match: '+', partial: '~', miss: '-', unknown: '?' };

/** A plain-text summary that pastes cleanly into a CRM note or an email. */
export function crmNote(account: AccountRecord, persona?: Persona, outlook?: TierOutlook): string {
  const { company } = account.facts;
  const r = account.score;
  const lines = [
    `${company.name ?? account.id}${account.domain ? ` (${account.domain})` : ''}`,
    `ICP fit: tier ${r.tier.label} (${r.tier.id}), score ${r.score}/100, confidence ${r.confidence}%, segment ${r.segmentName}; timing ${r.timing.level}`,
  ];
  const facts = (['industry', 'employees', 'revenueUsd', 'hq', 'foundedYear'] as CompanyField[])
    .filter((f) => company[f] !== undefined)
    .map((f) => `${fieldLabel(f)}: ${describeValue(f, company[f])}`);
  if (facts.length) lines.push(facts.join('; '));
  if (r.disqualifiers.length) {
    lines.push('Disqualified:', ...r.disqualifiers.map((d) => `  ! ${d.label}: ${d.reason}`));
  }
  lines.push(
    'Why:',
    ...r.criteria.map((c) => `  ${STATUS[c.status]} ${c.label}${c.found ? `: ${c.found}` : ''}`),
  );
  if (r.timing.signals.length) {
    lines.push('Signals:', ...r.timing.signals.map((s) => `  * ${s.label}: ${s.detail}`));
  }
  const open = r.questions.filter((q) => q.criterionId).map((q) => `  - ${q.text}`);
  if (open.length) lines.push('Still to find out:', ...open);
  if (outlook?.paths.length) {
    lines.push(
      'Path up:',
      ...outlook.paths.map((p) =>
        p.blocked
          ? `  ${p.target.label}: ${p.blocked}`
          : `  To reach ${p.target.label}: confirm ${p.steps.map((s) => `${s.label} (+${s.weight})`).join(', ')}`,
      ),
    );
  }
  if (outlook?.risks.length) {
    lines.push(
      'Risks:',
      ...outlook.risks.map((r) =>
        r.kind === 'anti-icp'
          ? `  If ${r.label}: ${noteTier(r.toTier)} (anti-ICP)`
          : `  If not ${r.label}: ${noteTier(r.toTier)}`,
      ),
    );
  }
  if (persona) lines.push(`Persona: ${persona.name} (${persona.role})`);
  lines.push(`Scored with ${r.icpName} v${r.icpVersion}`);
  return lines.join('\n');
}

function noteTier(tier: TierRef): string {
  if (tier.id === 'needs-discovery') return 'needs discovery';
  if (tier.id === 'unknown') return 'no tier';
  return `tier ${tier.label}`;
}
