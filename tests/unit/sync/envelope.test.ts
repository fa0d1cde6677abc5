import { beforeAll, describe, expect, it } from 'vitest';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import {
  signEnvelope,
  SignError,
  verifyEnvelope,
  type Envelope,
} from '../../../lib/core/sync/envelope';
import {
  decodePublicKey,
  generateSigningKeyPair,
  importPrivateKey,
  keyIdOf,
  publicKeyOf,
  type SigningKeyPair,
} from '../../../lib/core/sync/keys';
import { icpVersion, signRaw } from './helpers';

let team: SigningKeyPair;
let stranger: SigningKeyPair;
let envelope: Envelope;

beforeAll(async () => {
  [team, stranger] = await Promise.all([generateSigningKeyPair(), generateSigningKeyPair()]);
  envelope = await signEnvelope(icpVersion(2), team.privateKey, {
    publisher: 'RevOps, Acme',
    publishedAt: '2026-01-15T10:00:00Z',
    changelog: 'Enterprise only: mid-market now needs 1,000+ employees.',
  });
});

describe('signing keys', () => {
  it('exports a 32-byte public key, a PKCS#8 private key and a 16-hex key id', async () => {
    expect(decodePublicKey(team.publicKey)).toHaveLength(32);
    expect(team.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(await keyIdOf(team.publicKey)).toBe(team.keyId);
    expect(await publicKeyOf(team.privateKey)).toBe(team.publicKey);
    await expect(importPrivateKey(team.privateKey)).resolves.toBeDefined();
  });

  it('refuses text that is not a key', async () => {
    expect(() => decodePublicKey('not a key!')).toThrow(/base64url/);
    expect(() => decodePublicKey('AAAA')).toThrow(/32 bytes/);
    await expect(importPrivateKey('AAAA')).rejects.toThrow(/PKCS#8/);
  });
});

describe('signEnvelope / verifyEnvelope', () => {
  it('round-trips: the verified ICP is the signed one, with the publishing details', async () => {
    expect(envelope).toMatchObject({
      format: 'icp-lens-envelope',
      version: 2,
      publisher: 'RevOps, Acme',
      publishedAt: '2026-01-15T10:00:00.000Z',
      keyId: team.keyId,
    });
    const result = await verifyEnvelope(envelope, team.publicKey);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.icp).toEqual({
      ...icpVersion(2),
      publisher: 'RevOps, Acme',
      publishedAt: '2026-01-15T10:00:00.000Z',
      changelog: 'Enterprise only: mid-market now needs 1,000+ employees.',
    });
  });

  it('survives a trip through JSON text, as on a static host', async () => {
    const shipped = JSON.parse(JSON.stringify(envelope, null, 2)) as unknown;
    expect((await verifyEnvelope(shipped, team.publicKey)).ok).toBe(true);
  });

  it('signs with an imported CryptoKey and verifies with one', async () => {
    const key = await importPrivateKey(team.privateKey);
    const signed = await signEnvelope(sampleIcp, { key, keyId: team.keyId });
    const publicKey = await crypto.subtle.importKey(
      'raw',
      decodePublicKey(team.publicKey),
      'Ed25519',
      true,
      ['verify'],
    );
    expect((await verifyEnvelope(signed, publicKey)).ok).toBe(true);
  });

  const flipPayloadByte = (e: Envelope): Envelope => {
    const i = e.payload.indexOf('"version":2') + '"version":'.length;
    return { ...e, payload: `${e.payload.slice(0, i)}3${e.payload.slice(i + 1)}` };
  };
  const flipSignature = (e: Envelope): Envelope => ({
    ...e,
    signature: (e.signature[0] === 'A' ? 'B' : 'A') + e.signature.slice(1),
  });

  it.each<[string, (e: Envelope) => unknown, RegExp]>([
    ['one byte of the payload', flipPayloadByte, /bad signature/],
    ['the version', (e) => ({ ...e, version: 3 }), /bad signature/],
    ['the publisher', (e) => ({ ...e, publisher: 'Mallory' }), /bad signature/],
    ['the date', (e) => ({ ...e, publishedAt: '2027-01-01T00:00:00.000Z' }), /bad signature/],
    ['the changelog', (e) => ({ ...e, changelog: 'nothing to see' }), /bad signature/],
    [
      'the key id',
      (e) => ({ ...e, keyId: '0123456789abcdef' }),
      /signed with key 0123456789abcdef/,
    ],
    ['the signature', flipSignature, /bad signature/],
    ['the format', (e) => ({ ...e, format: 'other' }), /not an ICP Lens envelope: format/],
  ])('fails when %s is changed', async (_what, tamper, reason) => {
    const result = await verifyEnvelope(tamper(envelope), team.publicKey);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('fails with another key, naming both key ids', async () => {
    const result = await verifyEnvelope(envelope, stranger.publicKey);
    expect(result).toEqual({
      ok: false,
      reason: `signed with key ${team.keyId}, not the team's key ${stranger.keyId}`,
    });
  });

  it('fails when a stranger signs under the team key id', async () => {
    const forged = await signEnvelope(icpVersion(2), {
      key: await importPrivateKey(stranger.privateKey),
      keyId: team.keyId,
    });
    const result = await verifyEnvelope(forged, team.publicKey);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/bad signature/);
  });

  it('reports a signed payload that is not JSON', async () => {
    const signed = await signRaw(team.privateKey, { version: 2, payload: '{"schemaVersion":' });
    expect(await verifyEnvelope(signed, team.publicKey)).toEqual({
      ok: false,
      reason: 'payload is not JSON',
    });
  });

  it('reports each problem of a signed but invalid ICP with its path', async () => {
    const broken = { ...icpVersion(2), tiers: [{ id: 'a', label: 'A', minScore: 150 }] };
    const signed = await signRaw(team.privateKey, { version: 2, payload: JSON.stringify(broken) });
    const result = await verifyEnvelope(signed, team.publicKey);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/^payload is not a valid ICP: /);
    expect(result.problems).toContain('tiers[0].minScore: Too big: expected number to be <=100');
  });

  it("refuses a payload whose own version is not the envelope's", async () => {
    const signed = await signRaw(team.privateKey, {
      version: 5,
      payload: JSON.stringify(icpVersion(2)),
    });
    expect(await verifyEnvelope(signed, team.publicKey)).toEqual({
      ok: false,
      reason: 'envelope says v5 but the ICP inside is v2',
    });
  });

  it('will not sign an invalid ICP, and says why', async () => {
    const error = await signEnvelope({ ...sampleIcp, segments: [] }, team.privateKey).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SignError);
    expect((error as SignError).problems).toEqual([
      'segments: Too small: expected array to have >=1 items',
    ]);
  });

  it('signs a schema v1 ICP as its migrated current form', async () => {
    const v1 = {
      schemaVersion: 1,
      name: 'Legacy ICP',
      version: 7,
      publisher: 'Sales ops',
      tiers: [{ id: 'rest', label: 'Rest', minScore: 0 }],
      segments: [
        {
          id: 'core',
          name: 'Core',
          criteria: [
            { id: 'size', label: 'Size', weight: 10, rule: { field: 'employees', min: 50 } },
          ],
        },
      ],
    };
    const signed = await signEnvelope(v1, team.privateKey);
    const result = await verifyEnvelope(signed, team.publicKey);
    expect(result.ok && result.icp).toMatchObject({ schemaVersion: 2, version: 7 });
  });
});
