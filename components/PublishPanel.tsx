import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { IcpConfig } from '@/lib/core/icp/schema';
import { signEnvelope, SignError } from '@/lib/core/sync/envelope';
import { generateSigningKeyPair, type SigningKeyPair } from '@/lib/core/sync/keys';
import { downloadText } from '@/components/download';

// The manager's signing key stays in this browser's extension storage: it is
// never sent anywhere, and only the public key is shown for the team.
const KEY_STORAGE = 'icpLens.signingKey';

/**
 * Signs an ICP into the envelope the team's extensions follow. Version,
 * publisher and "what changed" follow the draft (a version above the active
 * one, the draft's changelog) until the manager types over them here.
 */
export function PublishPanel({ icp, activeVersion }: { icp: IcpConfig; activeVersion: number }) {
  const id = useId();
  const [keys, setKeys] = useState<SigningKeyPair>();
  const [publisherInput, setPublisher] = useState<string>();
  const [changelogInput, setChangelog] = useState<string>();
  const [versionInput, setVersion] = useState<number>();
  const [message, setMessage] = useState<string>();
  const publisher = publisherInput ?? icp.publisher ?? '';
  const changelog = changelogInput ?? icp.changelog ?? '';
  const version = versionInput ?? Math.max(icp.version, activeVersion + 1);

  useEffect(() => {
    void browser.storage.local
      .get(KEY_STORAGE)
      .then((stored) => setKeys(stored[KEY_STORAGE] as SigningKeyPair | undefined));
  }, []);

  const generate = async () => {
    const pair = await generateSigningKeyPair();
    await browser.storage.local.set({ [KEY_STORAGE]: pair });
    setKeys(pair);
  };
  const publish = async () => {
    if (!keys) return;
    try {
      const envelope = await signEnvelope({ ...icp, version }, keys.privateKey, {
        publisher,
        changelog,
      });
      downloadText(`icp-v${version}.json`, 'application/json', JSON.stringify(envelope, null, 2));
      setMessage(`Signed v${version}: upload icp-v${version}.json to your team's config URL.`);
    } catch (error) {
      setMessage(
        error instanceof SignError
          ? `${error.message}: ${(error.problems ?? []).join('; ')}`
          : String(error),
      );
    }
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Publish to the team</h2>
      {keys ? (
        <p>
          Team public key (share it with reps):{' '}
          <code data-testid="public-key">{keys.publicKey}</code> · key id {keys.keyId}
        </p>
      ) : (
        <button type="button" onClick={generate} data-testid="generate-key">
          Generate a signing key
        </button>
      )}
      <div className="form-row">
        <label htmlFor={`${id}-publisher`}>Publisher</label>
        <input
          id={`${id}-publisher`}
          value={publisher}
          onChange={(e) => setPublisher(e.target.value)}
          data-testid="publisher"
        />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-version`}>Version</label>
        <input
          id={`${id}-version`}
          type="number"
          min={1}
          value={version}
          onChange={(e) => setVersion(Number(e.target.value))}
          data-testid="publish-version"
        />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-changelog`}>What changed</label>
        <input
          id={`${id}-changelog`}
          value={changelog}
          onChange={(e) => setChangelog(e.target.value)}
          data-testid="changelog"
          size={50}
        />
      </div>
      <button type="button" disabled={!keys} onClick={publish} data-testid="publish">
        Sign and download
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
