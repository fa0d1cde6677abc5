import type { ReadingMode } from '@/lib/core/privacy/reading-policy';

/** What each reading mode means to a rep, said the same on the options and first-run pages. */
export const MODE_HELP: Record<ReadingMode, string> = {
  auto: 'Reads LinkedIn and every company site you open, except the never-read list.',
  'linkedin-auto':
    'Reads LinkedIn as you browse; any other site only when you click ICP Lens or press Alt+Shift+L.',
  click: 'Reads nothing until you click ICP Lens or press Alt+Shift+L on a page.',
};
