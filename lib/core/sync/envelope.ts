import { z } from 'zod';
import { describeIssues, parseIcp } from '../icp/parse';
import type { IcpConfig } from '../icp/schema';
import { fromBase64Url, toBase64Url } from './base64url';
import { importPrivateKey, importPublicKey, keyIdOf, KeyError, publicKeyOf } from './keys';

// A signed ICP config as published on a static host. The ICP travels as a
// JSON *string* (`payload`) so the verifier checks exactly the bytes the
// publisher signed, with no re-serialisation in between; the signature also
// covers every other field, so none can be swapped onto another payload.

export const ENVELOPE_FORMAT = 'icp-lens-envelope';
/** Domain separation: a signature made for anything else never verifies here. */
const SIGNING_CONTEXT = 'icp-lens-envelope/v1';
/** The ICP schema caps every list and text; 1 MiB of JSON is far above any real config. */
const MAX_PAYLOAD_CHARS = 1024 * 1024;

export const envelopeSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.number().int().min(1),
  publisher: z.string().trim().min(1).max(200),
  publishedAt: z.iso.datetime({ offset: true }),
  changelog: z.string().max(5000),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, 'use the 16 hex characters of a key id'),
  payload: z.string().min(2).max(MAX_PAYLOAD_CHARS),
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'use a base64url Ed25519 signature'),
});

export type Envelope = z.infer<typeof envelopeSchema>;

export interface EnvelopeMeta {
  /** Who publishes ("RevOps, Acme"); defaults to the ICP's own publisher. */
  publisher?: string;
  /** Defaults to now. */
  publishedAt?: Date | string;
  /** What changed, in the manager's words; defaults to the ICP's own changelog. */
  changelog?: string;
}

/** A private key as text (base64url PKCS#8) or an imported key with its key id. */
export type PrivateSigningKey = string | { key: CryptoKey; keyId: string };

export type VerifyResult =
  | { ok: true; icp: IcpConfig; envelope: Envelope }
  | { ok: false; reason: string; problems?: string[] };

/** Why an ICP cannot be signed (it does not validate, or has no publisher). */
export class SignError extends Error {
  override name = 'SignError';
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/**
 * The exact bytes that are signed: a JSON array of the context and every
 * field but the signature. JSON escaping keeps field boundaries unambiguous.
 */
export function signingBytes(envelope: Omit<Envelope, 'signature'>): Uint8Array<ArrayBuffer> {
  const fields = [
    SIGNING_CONTEXT,
    envelope.format,
    envelope.version,
    envelope.publisher,
    envelope.publishedAt,
    envelope.changelog,
    envelope.keyId,
    envelope.payload,
  ];
  return new TextEncoder().encode(JSON.stringify(fields));
}

/**
 * Validates the ICP (any supported schema version), writes the publisher,
 * date and changelog into it so the stored history shows them too, and signs
 * the result. Throws a SignError when the ICP is invalid.
 */
export async function signEnvelope(
  icp: unknown,
  privateKey: PrivateSigningKey,
  meta: EnvelopeMeta = {},
): Promise<Envelope> {
  const parsed = parseIcp(icp);
  if (!parsed.ok) throw new SignError('the ICP is not valid', parsed.problems);
  const publisher = (meta.publisher ?? parsed.icp.publisher ?? '').trim();
  if (!publisher) throw new SignError('name a publisher (the ICP has none)');
  const publishedAt = new Date(meta.publishedAt ?? Date.now()).toISOString();
  const changelog = meta.changelog ?? parsed.icp.changelog ?? '';
  const published: IcpConfig = { ...parsed.icp, publisher, publishedAt, changelog };
  // Re-check: the meta must itself fit the ICP schema (e.g. changelog length).
  const check = parseIcp(published);
  if (!check.ok) throw new SignError('the publishing details are not valid', check.problems);

  const { key, keyId } =
    typeof privateKey === 'string'
      ? {
          key: await importPrivateKey(privateKey),
          keyId: await keyIdOf(await publicKeyOf(privateKey)),
        }
      : privateKey;
  const unsigned = {
    format: ENVELOPE_FORMAT,
    version: published.version,
    publisher,
    publishedAt,
    changelog,
    keyId,
    payload: JSON.stringify(published),
  } as const;
  const signature = new Uint8Array(
    await crypto.subtle.sign('Ed25519', key, signingBytes(unsigned)),
  );
  return { ...unsigned, signature: toBase64Url(signature) };
}

/**
 * Checks, in order: the envelope's shape, that it names the team's key, the
 * signature over every field, that the payload is JSON and a valid ICP, and
 * that the ICP's own version is the envelope's. Never throws.
 */
export async function verifyEnvelope(
  envelope: unknown,
  publicKey: string | CryptoKey,
): Promise<VerifyResult> {
  const shape = envelopeSchema.safeParse(envelope);
  if (!shape.success) {
    const problems = describeIssues(shape.error);
    return { ok: false, reason: `not an ICP Lens envelope: ${problems.join('; ')}`, problems };
  }
  const env = shape.data;

  let key: CryptoKey;
  let expectedKeyId: string;
  try {
    if (typeof publicKey === 'string') {
      key = await importPublicKey(publicKey);
      expectedKeyId = await keyIdOf(publicKey);
    } else {
      key = publicKey;
      expectedKeyId = await keyIdOf(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
    }
  } catch (error) {
    const message = error instanceof KeyError ? error.message : String(error);
    return { ok: false, reason: `team public key unusable: ${message}` };
  }
  if (env.keyId !== expectedKeyId)
    return {
      ok: false,
      reason: `signed with key ${env.keyId}, not the team's key ${expectedKeyId}`,
    };

  const signature = fromBase64Url(env.signature);
  const valid =
    signature !== undefined &&
    (await crypto.subtle.verify('Ed25519', key, signature, signingBytes(env)));
  if (!valid)
    return {
      ok: false,
      reason: 'bad signature: the config was changed after signing or not signed by the team key',
    };

  let json: unknown;
  try {
    json = JSON.parse(env.payload);
  } catch {
    return { ok: false, reason: 'payload is not JSON' };
  }
  const parsed = parseIcp(json);
  if (!parsed.ok)
    return {
      ok: false,
      reason: `payload is not a valid ICP: ${parsed.problems.join('; ')}`,
      problems: parsed.problems,
    };
  if (parsed.icp.version !== env.version)
    return {
      ok: false,
      reason: `envelope says v${env.version} but the ICP inside is v${parsed.icp.version}`,
    };
  return { ok: true, icp: parsed.icp, envelope: env };
}

/** Parses envelope text (a file, a response body) and verifies it. */
export async function verifyEnvelopeText(
  text: string,
  publicKey: string | CryptoKey,
): Promise<VerifyResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  return verifyEnvelope(json, publicKey);
}
