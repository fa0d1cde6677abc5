import type { ReadingMode } from '../../core/privacy/reading-policy';
import { dropHostsBeyond, holdsHostsFor, requestHostsFor } from './host-access';
import { saveRepReading, type SaveReadingResult } from './reading-settings';

/**
 * The rep picks a reading mode (options or first-run page): the browser is
 * asked for the hosts it reads first, from the click itself, and the hosts a
 * narrower mode no longer needs are given back once it is saved.
 */
export function chooseReadingMode(mode: ReadingMode): Promise<SaveReadingResult> {
  // No await before this call: the browser shows its prompt only from a click.
  const asked = requestHostsFor(mode);
  return asked.then(async (granted) => {
    if (!granted)
      return {
        ok: false,
        problems: ['The browser did not give ICP Lens those sites, so the mode is unchanged.'],
      };
    const saved = await saveRepReading({ mode });
    if (!saved.ok) return saved;
    await dropHostsBeyond(mode);
    // LinkedIn may have come only with the wider grant just given back; the
    // click is recent enough for the browser to grant it without a prompt of
    // its own kind.
    if (!(await holdsHostsFor(mode))) await requestHostsFor(mode);
    return saved;
  });
}
