import { useEffect, useId, useState, type FormEvent } from 'react';
import { sendMessage } from '@/lib/messaging/send';
import { parseJoinLink } from '@/lib/core/sync/join-link';
import { requestSyncPermission } from '@/lib/extension/sync/permission';
import {
  loadSyncSetup,
  readUserSyncSettings,
  saveUserSyncSettings,
  setupWithoutPolicy,
  type SyncSetup,
} from '@/lib/extension/sync/sync-state';
import { useSyncStatus } from '@/components/use-sync-status';

const when = (at: number | null | undefined) => (at ? new Date(at).toLocaleString() : 'never');

/** Where the team's ICP comes from, whether the last sync worked, and "Sync now". */
export function SyncPanel() {
  const id = useId();
  const status = useSyncStatus();
  const [setup, setSetup] = useState<SyncSetup>();
  const [url, setUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [joined, setJoined] = useState(false);
  const [permission, setPermission] = useState<'granted' | 'refused'>();
  const [policyKnown, setPolicyKnown] = useState(false);

  useEffect(() => {
    let policyArrived = false;
    // The rep's own settings first, at once; the policy fills in when the
    // browser answers, seconds later on a fresh Chromium profile.
    void loadSyncSetup().then((loaded) => {
      policyArrived = true;
      setSetup(loaded);
      setPolicyKnown(true);
    });
    void readUserSyncSettings().then((user) => {
      if (!policyArrived) setSetup(setupWithoutPolicy(user));
      const invite = parseJoinLink(location.hash);
      if (invite.ok) {
        setUrl(invite.invite.url);
        setPublicKey(invite.invite.publicKey);
        setJoined(true);
      } else {
        setUrl(user?.url ?? '');
        setPublicKey(user?.publicKey ?? '');
      }
    });
  }, []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    // Asked inside the click, where the browser may show its prompt. Saving
    // does not wait for it: a host that allows cross-origin reads (CORS)
    // works without it, and a refusal shows up as a failed sync with its reason.
    void requestSyncPermission(url)
      .then((granted) => setPermission(granted ? 'granted' : 'refused'))
      .catch(() => setPermission('refused'));
    void saveUserSyncSettings({ url, publicKey }).then(async (result) => {
      setProblems(result.ok ? [] : result.problems);
      if (result.ok) setSetup(await loadSyncSetup());
    });
  };

  if (!setup) return null;
  const managed = setup.settings?.source === 'managed';
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Team ICP</h2>
      <p data-testid="sync-status">
        {setup.settings
          ? `Following ${setup.settings.url}`
          : 'Not following a team ICP: the ICP below is local.'}
        {status?.activeVersion ? ` · version ${status.activeVersion}` : ''} · last checked{' '}
        {when(status?.lastAttemptAt)} · last update {when(status?.lastSuccessAt)}
      </p>
      {status?.lastError && (
        <p role="alert" data-testid="sync-error">
          Last sync failed ({when(status.lastError.at)}): {status.lastError.reason}. The ICP in
          force is unchanged.
        </p>
      )}
      {status?.lastChange && (
        <div data-testid="sync-change">
          ICP v{status.lastChange.to}
          {status.lastChange.summary.length
            ? `: ${status.lastChange.summary.join('; ')}`
            : status.lastChange.changelog
              ? `: ${status.lastChange.changelog}`
              : ''}
        </div>
      )}
      {!policyKnown && (
        <p role="status" data-testid="policy-pending">
          Checking for a policy from your administrator…
        </p>
      )}
      {setup.policyProblems.length > 0 && (
        <p role="alert">Policy problems: {setup.policyProblems.join('; ')}</p>
      )}
      {managed || setup.locked ? (
        <p>Sync settings are managed by your administrator.</p>
      ) : (
        <form onSubmit={save} className="sync-form">
          {joined && (
            <p>A join link filled this in: check it and save to follow your team’s ICP.</p>
          )}
          <div className="form-row">
            <label htmlFor={`${id}-url`}>Config URL</label>
            <input
              id={`${id}-url`}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              data-testid="sync-url"
              size={50}
            />
          </div>
          <div className="form-row">
            <label htmlFor={`${id}-key`}>Team public key</label>
            <input
              id={`${id}-key`}
              value={publicKey}
              onChange={(e) => setPublicKey(e.target.value)}
              data-testid="sync-key"
              size={50}
            />
          </div>
          <button type="submit" data-testid="sync-save">
            Save and follow
          </button>
          {permission === 'refused' && (
            <p role="status">
              Access to this host was not granted: syncing works only if the host allows
              cross-origin reads.
            </p>
          )}
          {problems.length > 0 && (
            <ul role="alert" data-testid="sync-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </form>
      )}
      {setup.settings && (
        <button
          type="button"
          onClick={() => void sendMessage('syncNow', {})}
          data-testid="sync-now"
        >
          Sync now
        </button>
      )}
    </section>
  );
}
