import { useEffect, useRef, useState } from 'react';
import {
  hostOf,
  READING_MODE_LABELS,
  readingState,
  siteOf,
  withPaused,
} from '@/lib/core/privacy/reading-policy';
import { sendMessage } from '@/lib/messaging/send';
import { useReading, useTabUrl } from '@/components/use-reading';

/**
 * Says whether ICP Lens reads the site in this tab and why not, with the one
 * click that reads it anyway and the pause switch for the site.
 */
export function ReadingStatus({ tabId, readOnOpen }: { tabId: number; readOnOpen: boolean }) {
  const { reading, save } = useReading();
  const url = useTabUrl(tabId);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<string>();
  const openedRead = useRef(false);
  const host = url ? hostOf(url) : undefined;
  const state = url && reading ? readingState(url, reading.settings) : undefined;

  const read = async (confirmed: boolean) => {
    setConfirming(false);
    const { status } = await sendMessage('readTab', { tabId, confirmed });
    if (status === 'needs-confirmation') setConfirming(true);
    setNote(status === 'refused' ? 'This page cannot be read.' : undefined);
  };

  // Opening the panel from the toolbar or Alt+Shift+L is the rep's click:
  // in a mode that reads this site on request, it reads it.
  useEffect(() => {
    if (!readOnOpen || openedRead.current || state === undefined) return;
    openedRead.current = true;
    if (state === 'on-click') void sendMessage('readTab', { tabId, confirmed: false });
  }, [readOnOpen, state, tabId]);

  if (!reading || !url || !state) return null;
  const site = host ? siteOf(host) : '';
  const pause = (on: boolean) =>
    void save({ paused: withPaused(reading.settings.paused, site, on) });

  return (
    <section className="reading-status" data-testid="reading-status" data-state={state}>
      {state === 'read' && (
        <p>
          Reading: {READING_MODE_LABELS[reading.settings.mode]}.{' '}
          <button type="button" onClick={() => pause(true)}>
            Pause on this site
          </button>
        </p>
      )}
      {state === 'paused' && (
        <>
          <p>ICP Lens is paused on {site}: nothing here is kept.</p>
          <button type="button" onClick={() => void read(false)}>
            Read this page once
          </button>{' '}
          <button type="button" onClick={() => pause(false)}>
            Resume on this site
          </button>
        </>
      )}
      {state === 'on-click' && (
        <>
          <p>
            Your reading mode, “{READING_MODE_LABELS[reading.settings.mode]}”, reads {site} only
            when you ask.
          </p>
          <button type="button" onClick={() => void read(false)}>
            Read this page
          </button>
        </>
      )}
      {state === 'never-read' && !confirming && (
        <>
          <p>{site} is on the never-read list.</p>
          <button type="button" onClick={() => setConfirming(true)}>
            Read it anyway…
          </button>
        </>
      )}
      {state === 'never-read' && confirming && (
        <div role="alertdialog" aria-labelledby="confirm-read">
          <p id="confirm-read">Read {site} once? It stays on the never-read list.</p>
          <button type="button" onClick={() => void read(true)}>
            Yes, read it once
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {state === 'browser-page' && <p>ICP Lens does not read the browser’s own pages.</p>}
      {note && <p role="status">{note}</p>}
    </section>
  );
}
