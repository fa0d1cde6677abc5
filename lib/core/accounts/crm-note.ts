import type { Persona } from '../icp/schema';
import type { AccountRecord } from './account';
import { describeValue, fieldLabel } from './describe-value';
import type { CompanyField } from './field-compare';

const STATUS: Record<string, string> = { match: '+', partial: '~', miss: '-', unknown: '?' };

/** A plain-text summary that pastes cleanly into a CRM note or an email. */
export function crmNote(account: AccountRecord, persona?: Persona): string {
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
  if (persona) lines.push(`Persona: ${persona.name} (${persona.role})`);
  lines.push(`Scored with ${r.icpName} v${r.icpVersion}`);
  return lines.join('\n');
}
