import type { TierRef } from '../../core/scoring/result';
import type { ReadingState } from '../../core/privacy/reading-policy';
import { toolbarAction } from './toolbar-action';

const NEUTRAL = '#6e7781';

/** The toolbar badge for a tab: the tier label, or nothing when the page is not a company. */
export function badgeFor(tier: TierRef | undefined): { text: string; color: string } {
  if (!tier) return { text: '', color: NEUTRAL };
  return { text: tier.label.slice(0, 4), color: tier.color ?? NEUTRAL };
}

export async function showBadge(tabId: number, tier: TierRef | undefined): Promise<void> {
  const { text, color } = badgeFor(tier);
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text });
  await action.setBadgeBackgroundColor({ tabId, color });
  await action.setTitle({
    tabId,
    title: tier ? `ICP Lens: tier ${tier.label}` : 'ICP Lens',
  });
}

/** A red "!" when the page could not be saved; the panel says why. */
export async function showBadgeError(tabId: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: '!' });
  await action.setBadgeBackgroundColor({ tabId, color: '#cf222e' });
  await action.setTitle({ tabId, title: 'ICP Lens could not save this page: open the panel' });
}

const STATE_BADGES: Record<Exclude<ReadingState, 'read'>, { text: string; title: string }> = {
  paused: { text: 'II', title: 'ICP Lens is paused on this site: open the panel to read it once' },
  'never-read': {
    text: 'NO',
    title: 'This site is on the never-read list: open the panel to read it anyway',
  },
  'on-click': {
    text: '',
    title: 'ICP Lens reads this site when you ask: click to read it',
  },
  'browser-page': { text: '', title: 'ICP Lens does not read browser pages' },
};

/** The badge for a tab ICP Lens did not read, saying why and how to read it. */
export async function showReadingState(
  tabId: number,
  state: Exclude<ReadingState, 'read'>,
): Promise<void> {
  const { text, title } = STATE_BADGES[state];
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text });
  await action.setBadgeBackgroundColor({ tabId, color: NEUTRAL });
  await action.setTitle({ tabId, title });
}
