import { useId, useState, type FormEvent } from 'react';
import {
  DEFAULT_NEVER_READ,
  DEFAULT_RETENTION_DAYS,
  parsePatternList,
  type ReadingMode,
} from '@/lib/core/privacy/reading-policy';
import type { LockableSetting } from '@/lib/extension/sync/managed';
import { useReading } from '@/components/use-reading';
import { HostAccessNotice } from '@/components/HostAccessNotice';
import { ReadingModeChoices } from '@/components/ReadingModeChoices';
import { KeepAccountsChoice } from '@/components/KeepAccountsChoice';
import { chooseReadingMode } from '@/lib/extension/privacy/choose-mode';

function Locked({ locked, setting }: { locked: LockableSetting[]; setting: LockableSetting }) {
  if (!locked.includes(setting)) return null;
  return (
    <p className="locked" data-testid={`locked-${setting}`}>
      Set by your administrator.
    </p>
  );
}

/** Where ICP Lens reads, what it never reads, which accounts it keeps and for how long. */
export function ReadingSettingsPanel() {
  const id = useId();
  const { reading, save } = useReading();
  const [neverRead, setNeverRead] = useState<string>();
  const [retention, setRetention] = useState<string>();
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  if (!reading) return null;
  const { settings, locked, intranetDomains } = reading;
  const modeLocked = locked.includes('readingMode');
  const listLocked = locked.includes('neverRead');
  const retentionLocked = locked.includes('retentionDays');
  const listText =
    neverRead ?? settings.neverRead.filter((p) => !intranetDomains.includes(p)).join('\n');

  const answer = (result: { ok: boolean; problems?: string[] }) => {
    setProblems(result.ok ? [] : (result.problems ?? []));
    setSaved(result.ok);
  };
  // Straight from the click: the browser's prompt for the mode's sites needs it.
  const chooseMode = (mode: ReadingMode) => void chooseReadingMode(mode).then(answer);
  const saveLists = (event: FormEvent) => {
    event.preventDefault();
    const patch: { neverRead?: string[]; retentionDays?: number } = {};
    if (!listLocked && neverRead !== undefined) patch.neverRead = parsePatternList(neverRead);
    if (!retentionLocked && retention !== undefined) {
      const days = Number(retention);
      if (!Number.isInteger(days) || days < 0 || days > 3650)
        return setProblems(['Keep accounts for a whole number of days, 0 to 3650.']);
      patch.retentionDays = days;
    }
    void save(patch).then(answer);
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`} data-testid="reading-settings">
      <h2 id={`${id}-heading`}>Where ICP Lens reads</h2>
      <fieldset disabled={modeLocked} aria-describedby={`${id}-mode-help`}>
        <legend>Reading mode</legend>
        <Locked locked={locked} setting="readingMode" />
        <ReadingModeChoices
          name={`${id}-mode`}
          value={settings.mode}
          onChoose={chooseMode}
          testId="reading-mode"
        />
        <p id={`${id}-mode-help`} className="hint">
          Whatever the mode, a page is read in the browser’s memory and nothing leaves it.
        </p>
      </fieldset>
      {/* Outside the fieldset: a mode the administrator locked still needs the rep's grant. */}
      <HostAccessNotice mode={settings.mode} />
      <KeepAccountsChoice
        value={settings.keep}
        locked={locked.includes('keepAccounts')}
        onChoose={(keep) => void save({ keep }).then(answer)}
      />
      <form onSubmit={saveLists}>
        <label htmlFor={`${id}-never`}>Never read (one domain or pattern a line)</label>
        <Locked locked={locked} setting="neverRead" />
        <textarea
          id={`${id}-never`}
          rows={8}
          value={listText}
          disabled={listLocked}
          onChange={(e) => setNeverRead(e.target.value)}
          spellCheck={false}
          aria-describedby={`${id}-never-help`}
          data-testid="never-read"
        />
        <p id={`${id}-never-help`} className="hint">
          A domain covers its subdomains; * stands for any characters; 16-31 for a number range
          (172.16-31.*).{' '}
          {intranetDomains.length > 0 &&
            `Your team’s intranet (${intranetDomains.join(', ')}) is never read either.`}
        </p>
        {!listLocked && (
          <button
            type="button"
            onClick={() => setNeverRead(DEFAULT_NEVER_READ.join('\n'))}
            data-testid="never-read-defaults"
          >
            Restore the defaults
          </button>
        )}
        <div className="form-row">
          <label htmlFor={`${id}-retention`}>
            Delete accounts not opened for (days, 0 keeps them)
          </label>
          <input
            id={`${id}-retention`}
            type="number"
            min={0}
            max={3650}
            value={retention ?? String(settings.retentionDays)}
            disabled={retentionLocked}
            onChange={(e) => setRetention(e.target.value)}
            placeholder={String(DEFAULT_RETENTION_DAYS)}
            data-testid="retention-days"
          />
        </div>
        <Locked locked={locked} setting="retentionDays" />
        <button type="submit" disabled={listLocked && retentionLocked} data-testid="reading-save">
          Save
        </button>
      </form>
      {saved && <p role="status">Saved.</p>}
      {problems.length > 0 && (
        <ul role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {settings.paused.length > 0 && (
        <div>
          <h3>Paused sites</h3>
          <ul data-testid="paused-sites">
            {settings.paused.map((site) => (
              <li key={site}>
                {site}{' '}
                <button
                  type="button"
                  onClick={() => void save({ paused: settings.paused.filter((s) => s !== site) })}
                >
                  Resume {site}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
