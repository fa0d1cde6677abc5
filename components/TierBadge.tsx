import type { TierRef } from '@/lib/scoring/result';

export function TierBadge({ tier }: { tier: TierRef }) {
  return (
    <span
      className="tier"
      data-testid="tier"
      data-tier={tier.id}
      style={{ backgroundColor: tier.color ?? 'var(--muted)' }}
      title={tier.id === 'unknown' ? 'Nothing scoreable observed yet' : `Tier ${tier.label}`}
    >
      {tier.label}
    </span>
  );
}
