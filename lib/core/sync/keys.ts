import { fromBase64Url, toBase64Url, toHex } from './base64url';

// Ed25519 signing keys through WebCrypto (globalThis.crypto.subtle), the same
// code in Node 20 (the CLI) and in the browser (the options page):
// - a public key is its 32 raw bytes in base64url (43 characters), short
//   enough for a join link or a managed policy;
// - a private key is PKCS#8 DER in base64url (64 characters), the one format
//   both Node and Chromium import for Ed25519;
// - a key id is the first 16 hex characters of SHA-256 over the raw public
//   key, so an envelope names the key that signed it.

const ED25519 = { name: 'Ed25519' } as const;
const PUBLIC_KEY_BYTES = 32;

export interface SigningKeyPair {
  /** base64url of the 32 raw bytes. */
  publicKey: string;
  /** base64url of the PKCS#8 DER. Keep it on the manager's machine. */
  privateKey: string;
  keyId: string;
}

export class KeyError extends Error {
  override name = 'KeyError';
}

export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey: toBase64Url(raw), privateKey: toBase64Url(pkcs8), keyId: await keyIdOf(raw) };
}

/** The raw public key bytes, or a KeyError saying why the text is not one. */
export function decodePublicKey(text: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64Url(text.trim());
  if (!bytes) throw new KeyError('public key is not base64url text');
  if (bytes.length !== PUBLIC_KEY_BYTES)
    throw new KeyError(`public key must be ${PUBLIC_KEY_BYTES} bytes, got ${bytes.length}`);
  return bytes;
}

/** True when the text is a well-formed public key (for forms and join links). */
export function isPublicKeyText(text: string): boolean {
  try {
    decodePublicKey(text);
    return true;
  } catch {
    return false;
  }
}

export async function importPublicKey(text: string): Promise<CryptoKey> {
  const raw = decodePublicKey(text);
  try {
    return await crypto.subtle.importKey('raw', raw, ED25519, true, ['verify']);
  } catch (error) {
    throw new KeyError(`public key rejected: ${(error as Error).message}`);
  }
}

/** Imports a PKCS#8 base64url private key; not extractable once imported. */
export async function importPrivateKey(text: string): Promise<CryptoKey> {
  const der = fromBase64Url(text.trim());
  if (!der) throw new KeyError('private key is not base64url text');
  try {
    return await crypto.subtle.importKey('pkcs8', der, ED25519, false, ['sign']);
  } catch {
    throw new KeyError('private key is not an Ed25519 PKCS#8 key');
  }
}

/** The key id of a public key, from its text or raw bytes. */
export async function keyIdOf(publicKey: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const raw = typeof publicKey === 'string' ? decodePublicKey(publicKey) : publicKey;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  return toHex(digest).slice(0, 16);
}

/**
 * The public key that belongs to a private key: Node and Chromium export an
 * Ed25519 private key as JWK with its public part `x`, so the CLI can sign
 * with only the private key file and still name the key id.
 */
export async function publicKeyOf(privateKeyText: string): Promise<string> {
  const der = fromBase64Url(privateKeyText.trim());
  if (!der) throw new KeyError('private key is not base64url text');
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('pkcs8', der, ED25519, true, ['sign']);
  } catch {
    throw new KeyError('private key is not an Ed25519 PKCS#8 key');
  }
  const jwk = await crypto.subtle.exportKey('jwk', key);
  if (!jwk.x) throw new KeyError('private key carries no public part');
  return jwk.x;
}
