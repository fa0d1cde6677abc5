import type { Tier } from '../icp/schema';
import type { TierRef } from '../scoring/result';
import type { KeepAccounts } from './reading-policy';

// Whether a scored account is stored as it is read, or waits in the tab's
// memory until the rep opens it in the panel. Pure: the worker decides with
// it, the options page and the panel describe the same decision with it.

/** The stored form of every choice; a tier id is lower-case letters, digits and dashes. */
export const KEEP_PATTERN = /^(any|opened|tier:[a-z0-9][a-z0-9-]{0,63})$/;

export type KeepRule =
  | { kind: 'any' }
  | { kind: 'opened' }
  | { kind: 'tier'; tier: Tier }
  /**
   * The chosen tier is not in the active ICP (the team renamed or removed
   * it): nothing is stored until the rep opens it, rather than guessing which
   * new tier the rep meant. Narrower is the safe side: a waiting account is
   * still shown in the panel and kept when opened.
   */
  | { kind: 'missing-tier'; tierId: string };

export function keepRule(keep: KeepAccounts, tiers: readonly Tier[]): KeepRule {
  if (keep === 'any' || keep === 'opened') return { kind: keep };
  const tierId = keep.slice('tier:'.length);
  const tier = tiers.find((t) => t.id === tierId);
  return tier ? { kind: 'tier', tier } : { kind: 'missing-tier', tierId };
}

/**
 * Is an account with this tier stored as soon as it is read? Under a tier
 * threshold, "unknown" and "needs discovery" are not at any tier yet, so they
 * wait: a later read that tells more can still qualify them.
 */
export function keptOnRead(tier: TierRef, keep: KeepAccounts, tiers: readonly Tier[]): boolean {
  const rule = keepRule(keep, tiers);
  if (rule.kind === 'any') return true;
  if (rule.kind !== 'tier') return false;
  const reached = tiers.find((t) => t.id === tier.id);
  return reached !== undefined && reached.minScore >= rule.tier.minScore;
}

export interface KeepChoice {
  value: KeepAccounts;
  label: string;
}

/** The choices a rep has with these tiers: every page, each tier best first, only opened. */
export function keepChoices(tiers: readonly Tier[]): KeepChoice[] {
  const best = [...tiers].sort((a, b) => b.minScore - a.minScore);
  return [
    { value: 'any', label: 'Any company page I visit' },
    ...best.map((t) => ({ value: `tier:${t.id}` as const, label: `Tier ${t.label} or better` })),
    { value: 'opened', label: 'Only accounts I open in the panel' },
  ];
}

/** One line saying when an account is kept, for the panel's "not kept yet". */
export function keepSummary(keep: KeepAccounts, tiers: readonly Tier[]): string {
  const rule = keepRule(keep, tiers);
  if (rule.kind === 'tier')
    return `ICP Lens keeps accounts at tier ${rule.tier.label} or better, or when you keep them here.`;
  return 'ICP Lens keeps accounts you open in the panel.';
}
