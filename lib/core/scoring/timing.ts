import type { HiringSignal, SignalHint } from '../hints/page-hints';
import type { BuyingSignal, IcpConfig } from '../icp/schema';
import { classifyJobTitle } from '../jobs/job-title';
import { USD_PER_UNIT } from '../normalize/exchange-rates';
import type { TimingResult } from './result';
import { foldCase } from '../values/text';
import { hasWholeWord } from '../values/words';

// Fit says whether an account is worth pursuing; timing says whether now is
// the moment. Buying signals raise timing only, never the fit score. Rules
// match the typed data of a signal, never its words: a record stored before
// signals were typed matches only the rules that ask for nothing more than
// its type.

type HiringRule = Extract<BuyingSignal['rule'], { type: 'hiring' }>;

function matches(signal: BuyingSignal, hint: SignalHint): boolean {
  const rule = signal.rule;
  switch (rule.type) {
    case 'hiring':
      return hint.type === 'hiring' && hiringMatches(rule, hint.hiring);
    case 'job-count':
      return hint.type === 'hiring' && (hint.hiring?.count ?? -1) >= rule.min;
    case 'funding': {
      if (hint.type !== 'funding') return false;
      const funding = hint.funding;
      if (rule.rounds?.length && !(funding?.round && rule.rounds.includes(funding.round))) {
        return false;
      }
      if (rule.minAmountUsd === undefined) return true;
      const rate = funding?.amount && USD_PER_UNIT[funding.amount.currency];
      return rate !== undefined && funding!.amount!.value * rate >= rule.minAmountUsd;
    }
    case 'expansion':
      if (hint.type !== 'expansion') return false;
      if (!rule.kinds?.length) return true;
      return hint.expansion !== undefined && rule.kinds.includes(hint.expansion.kind);
    default:
      return hint.type === rule.type;
  }
}

/** Some title of the signal fits every part the rule names; a rule naming nothing takes any hiring. */
function hiringMatches(rule: HiringRule, hiring: HiringSignal | undefined): boolean {
  const roles = rule.roles ?? [];
  const departments = rule.departments ?? [];
  const seniorities = rule.seniorities ?? [];
  if (roles.length === 0 && departments.length === 0 && seniorities.length === 0) return true;
  return (hiring?.titles ?? []).some((title) => {
    const read = classifyJobTitle(title);
    const named = roles.some(
      (role) => mentions(title, role) || namesDepartment(role, read.department),
    );
    const role =
      (roles.length === 0 && departments.length === 0) ||
      named ||
      (read.department !== undefined && departments.includes(read.department));
    const level =
      seniorities.length === 0 ||
      (read.seniority !== undefined && seniorities.includes(read.seniority));
    return role && level;
  });
}

/** `word`, or its plural in "s", as a whole word, with case and accents folded. */
function mentions(text: string, word: string): boolean {
  const t = foldCase(text);
  const w = foldCase(word);
  return hasWholeWord(t, w) || hasWholeWord(t, `${w}s`);
}

/** A role word that is a department's name ("Sales", "Customer success") names the department. */
function namesDepartment(role: string, department: string | undefined): boolean {
  return department !== undefined && foldCase(role).replace(/\s+/g, '-') === department;
}

export function timingFor(signals: SignalHint[], icp: IcpConfig): TimingResult {
  const seen: TimingResult['signals'] = [];
  for (const signal of icp.buyingSignals) {
    const hint = signals.find((h) => matches(signal, h));
    if (hint) {
      seen.push({
        id: signal.id,
        label: signal.label,
        weight: signal.weight,
        detail: hint.detail,
        evidence: hint.evidence,
      });
    }
  }
  const points = seen.reduce((total, s) => total + s.weight, 0);
  const level = points >= icp.timing.hot ? 'hot' : points >= icp.timing.warm ? 'warm' : 'cold';
  return { level, points, signals: seen };
}
