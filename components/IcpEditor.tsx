import { useCallback, useId, useMemo, useState } from 'react';
import { db } from '@/lib/extension/db/db';
import { previewDraft, type DraftPreview } from '@/lib/extension/accounts/preview-draft';
import { parseIcp } from '@/lib/core/icp/parse';
import type { IcpConfig } from '@/lib/core/icp/schema';
import { installIcp } from '@/lib/extension/accounts/install-icp';
import { IcpForm } from '@/components/IcpForm';

type Checked = { ok: true; icp: IcpConfig } | { ok: false; problems: string[] };

function check(text: string): Checked {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = parseIcp(json);
  return parsed.ok ? { ok: true, icp: parsed.icp } : { ok: false, problems: parsed.problems };
}

/**
 * The active ICP as a form for the common fields or as JSON: one draft text
 * behind both views, checked as the manager types (each problem at its path,
 * in words), with what the draft would do to stored accounts before it is
 * installed here or published to the team.
 */
export function IcpEditor({
  icp,
  onDraft,
}: {
  icp: IcpConfig;
  onDraft: (draft: IcpConfig | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useState(() => JSON.stringify(icp, null, 2));
  const [preview, setPreview] = useState<DraftPreview>();
  // The form first; JSON is the expert view, for pasting a whole config.
  const [view, setView] = useState<'form' | 'json'>('form');
  const [message, setMessage] = useState<string>();
  // A new ICP in force (used here, synced, rolled back) restarts the draft from
  // it, but keeps the view and the message saying what just happened.
  const active = `${icp.name}\n${icp.version}`;
  const [draftOf, setDraftOf] = useState(active);
  if (draftOf !== active) {
    setDraftOf(active);
    setText(JSON.stringify(icp, null, 2));
    setPreview(undefined);
  }
  const checked = useMemo(() => check(text), [text]);

  const edit = useCallback(
    (next: string) => {
      setText(next);
      setPreview(undefined);
      const result = check(next);
      onDraft(result.ok ? result.icp : undefined);
    },
    [onDraft],
  );
  const install = async () => {
    if (!checked.ok) return;
    const result = await installIcp(db, checked.icp, 'local edit');
    setMessage(
      result.status === 'installed'
        ? `v${result.to} is in force here; ${result.rescored} accounts re-scored.`
        : result.status === 'unchanged'
          ? 'Nothing changed.'
          : result.reason,
    );
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Edit the ICP</h2>
      <fieldset className="view-switch">
        <legend>Edit as</legend>
        {(['form', 'json'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name={`${id}-view`}
              value={v}
              checked={view === v}
              onChange={() => setView(v)}
              data-testid={`icp-view-${v}`}
            />{' '}
            {v === 'form' ? 'Form' : 'JSON (expert)'}
          </label>
        ))}
      </fieldset>
      {view === 'form' ? (
        <IcpForm text={text} activeVersion={icp.version} onChange={edit} />
      ) : (
        <>
          <label htmlFor={`${id}-json`}>ICP as JSON</label>
          <textarea
            id={`${id}-json`}
            className="icp-json"
            value={text}
            onChange={(e) => edit(e.target.value)}
            rows={18}
            spellCheck={false}
            data-testid="icp-json"
            aria-invalid={!checked.ok}
            aria-describedby={`${id}-check`}
          />
        </>
      )}
      <div id={`${id}-check`} role="status" data-testid="icp-check">
        {checked.ok ? (
          `Valid: ${checked.icp.name} v${checked.icp.version}`
        ) : (
          <ul className="problems">
            {checked.problems.slice(0, 20).map((p) => (
              <li key={p} data-testid="icp-problem">
                {p}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="button-row">
        <button
          type="button"
          disabled={!checked.ok}
          onClick={async () => checked.ok && setPreview(await previewDraft(db, checked.icp))}
          data-testid="preview-draft"
        >
          Preview on stored accounts
        </button>
        <button type="button" disabled={!checked.ok} onClick={install} data-testid="install-draft">
          Use here
        </button>
      </div>
      {message && <p role="status">{message}</p>}
      {preview && (
        <div data-testid="draft-preview">
          <p>
            {preview.changed.length} of {preview.accounts} accounts would change tier.
          </p>
          <ul>
            {preview.changed.map((c) => (
              <li key={c.id} data-testid="draft-change" data-account-id={c.id}>
                {c.name}: {c.from} → {c.to}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
