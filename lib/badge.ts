import { browser } from 'wxt/browser';
import type { TierRef } from './scoring/result';

const NEUTRAL = '#6e7781';

/** The toolbar badge for a tab: the tier label, or nothing when the page is not a company. */
export function badgeFor(tier: TierRef | undefined): { text: string; color: string } {
  if (!tier) return { text: '', color: NEUTRAL };
  return { text: tier.label.slice(0, 4), color: tier.color ?? NEUTRAL };
}

export async function showBadge(tabId: number, tier: TierRef | undefined): Promise<void> {
  const { text, color } = badgeFor(tier);
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color });
  await browser.action.setTitle({
    tabId,
    title: tier ? `ICP Lens: tier ${tier.label}` : 'ICP Lens',
  });
}
