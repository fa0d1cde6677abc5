import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { READING_MODE_LABELS, type ReadingMode } from '@/lib/core/privacy/reading-policy';
import { chooseReadingMode } from '@/lib/extension/privacy/choose-mode';
import { requestHostsFor } from '@/lib/extension/privacy/host-access';
import { ReadingModeChoices } from '@/components/ReadingModeChoices';
import { useReading } from '@/components/use-reading';

/**
 * Opened once, on install: what each reading mode reads, before the
 * browser's own prompt, which comes only when the rep picks a mode that
 * needs it.
 */
export function WelcomePage() {
  const id = useId();
  const { reading } = useReading();
  const [picked, setPicked] = useState<ReadingMode>();
  const [outcome, setOutcome] = useState<{ ok: boolean; problems?: string[] }>();
  if (!reading) return null;
  const locked = reading.locked.includes('readingMode');
  const mode = picked ?? reading.settings.mode;
  // The administrator's mode is not the rep's to change, only to grant.
  const start = () =>
    void (
      locked
        ? requestHostsFor(mode).then((ok) => ({
            ok,
            problems: ['The browser did not give ICP Lens those sites.'],
          }))
        : chooseReadingMode(mode)
    ).then(setOutcome);

  return (
    <main className="options" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Welcome to ICP Lens</h1>
      <p>
        ICP Lens reads the company page you are looking at and scores it against your team’s ideal
        customer profile. The page is read in your browser’s memory; nothing leaves it. You choose
        where it reads.
      </p>
      <fieldset disabled={locked}>
        <legend>Where should ICP Lens read?</legend>
        {locked && <p className="locked">Set by your administrator.</p>}
        <ReadingModeChoices
          name={`${id}-mode`}
          value={mode}
          onChoose={setPicked}
          testId="welcome-mode"
        />
      </fieldset>
      <p className="hint">
        {mode === 'click'
          ? 'This mode needs no access to any site: a click gives ICP Lens the page you are on, once.'
          : 'Next, the browser asks you to let ICP Lens read those sites. You can change the mode, or take the access back, at any time.'}
      </p>
      <button type="button" onClick={start} data-testid="welcome-start">
        Start with “{READING_MODE_LABELS[mode]}”
      </button>
      {outcome?.ok && (
        <p role="status">
          Ready. Open a company page, then the ICP Lens panel.{' '}
          <a href={browser.runtime.getURL('/options.html')}>Settings</a>
        </p>
      )}
      {outcome && !outcome.ok && (
        <ul role="alert">
          {(outcome.problems ?? []).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </main>
  );
}
