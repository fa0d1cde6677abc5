import type { TierRef } from '@/lib/core/scoring/result';

const TITLES: Record<string, string> = {
  unknown: 'Nothing scoreable observed yet',
  'needs-discovery': 'Needs discovery: too little is known to give a tier',
};

export function TierBadge({ tier, small = false }: { tier: TierRef; small?: boolean }) {
  return (
    <span
      className={small ? 'tier tier--small' : 'tier'}
      data-testid={small ? undefined : 'tier'}
      data-tier={tier.id}
      style={{ backgroundColor: tier.color ?? 'var(--neutral)' }}
      title={TITLES[tier.id] ?? `Tier ${tier.label}`}
    >
      {tier.label}
    </span>
  );
}
