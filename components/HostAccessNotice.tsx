import { useState } from 'react';
import type { ReadingMode } from '@/lib/core/privacy/reading-policy';
import { requestHostsFor } from '@/lib/extension/privacy/host-access';
import { useHostAccess } from '@/components/use-host-access';

/**
 * The mode in force reads sites the browser has not given ICP Lens (an
 * administrator set it, or the rep took the access back in the browser):
 * says so and asks again on the rep's click.
 */
export function HostAccessNotice({ mode }: { mode: ReadingMode }) {
  const held = useHostAccess(mode);
  const [refused, setRefused] = useState(false);
  if (held !== false) return null;
  return (
    <div role="status" data-testid="host-access-missing">
      <p>
        The browser has not given ICP Lens the sites this mode reads, so it reads a page only when
        you click.
      </p>
      <button
        type="button"
        onClick={() => void requestHostsFor(mode).then((granted) => setRefused(!granted))}
      >
        Give access to these sites
      </button>
      {refused && <p>The browser did not give the access.</p>}
    </div>
  );
}
