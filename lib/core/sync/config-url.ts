import { z } from 'zod';
import { isPublicKeyText } from './keys';

// Where a team's config may live: any HTTPS host. Plain HTTP only on the
// loopback host, for a manager trying a file locally and for tests; the
// signature protects the content either way, but HTTPS keeps who fetches
// what off the network.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isAllowedConfigUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

export const configUrlSchema = z.string().trim().max(2048).refine(isAllowedConfigUrl, {
  message: 'use an https:// address (http:// only for localhost or 127.0.0.1)',
});

export const publicKeySchema = z
  .string()
  .trim()
  .refine(isPublicKeyText, { message: 'use the team public key: 43 base64url characters' });

/**
 * The optional host permission to request for a config URL: its scheme and
 * host, any path. Match patterns carry no port, so "http://localhost/*"
 * covers a test server on any port.
 */
export function originPattern(configUrl: string): string {
  const url = new URL(configUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
