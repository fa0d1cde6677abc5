import type { SignalHint } from '../hints/page-hints';
import type { BuyingSignal, IcpConfig } from '../icp/schema';
import type { TimingResult } from './result';
import { hasWholeWord } from '../values/words';

// Fit says whether an account is worth pursuing; timing says whether now is
// the moment. Buying signals raise timing only, never the fit score.

function matches(signal: BuyingSignal, hint: SignalHint): boolean {
  const rule = signal.rule;
  switch (rule.type) {
    case 'hiring':
      if (hint.type !== 'hiring') return false;
      if (!rule.roles?.length) return true;
      return rule.roles.some((role) => mentions(hint.detail, role));
    case 'job-count':
      return hint.type === 'hiring' && (jobCount(hint.detail) ?? -1) >= rule.min;
    default:
      return hint.type === rule.type;
  }
}

/** `word`, or its plural in "s", as a whole word, regardless of case. */
function mentions(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const w = word.toLowerCase();
  return hasWholeWord(lower, w) || hasWholeWord(lower, `${w}s`);
}

/** "17 open jobs", "42 open positions" -> the number. */
function jobCount(detail: string): number | undefined {
  const match = /(\d[\d,]*)\s+(?:open\s+)?(?:jobs?|positions?|roles?|openings?)/i.exec(detail);
  return match ? Number(match[1]!.replace(/,/g, '')) : undefined;
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
