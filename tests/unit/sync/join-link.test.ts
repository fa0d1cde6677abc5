import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../lib/core/sync/base64url';
import { originPattern } from '../../../lib/core/sync/config-url';
import { buildJoinLink, joinFragment, parseJoinLink } from '../../../lib/core/sync/join-link';
import { generateSigningKeyPair } from '../../../lib/core/sync/keys';
import { CONFIG_URL } from './helpers';

const OPTIONS = 'chrome-extension://abcdefghijklmnop/options.html';
let publicKey: string;
beforeAll(async () => {
  ({ publicKey } = await generateSigningKeyPair());
});

const encode = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));

describe('join links', () => {
  it('carry the config URL and the team key through the options page fragment', () => {
    const link = buildJoinLink(`${OPTIONS}#old`, { url: CONFIG_URL, publicKey, team: 'Acme' });
    expect(link).toMatch(/^chrome-extension:\/\/abcdefghijklmnop\/options\.html#join=[\w-]+$/);
    const invite = { url: CONFIG_URL, publicKey, team: 'Acme' };
    expect(parseJoinLink(link)).toEqual({ ok: true, invite });
    expect(parseJoinLink(`#${joinFragment(invite)}`)).toEqual({ ok: true, invite });
  });

  it.each([
    ['http://localhost:8080/icp.json', true],
    ['http://127.0.0.1:4173/icp.json', true],
    ['http://config.example.com/icp.json', false],
    ['https://user:pw@config.example.com/icp.json', false],
    ['javascript:alert(1)', false],
  ])('accept %s: %s', (url, ok) => {
    expect(parseJoinLink(`#join=${encode({ url, publicKey })}`).ok).toBe(ok);
  });

  it.each([
    ['', 'no join invite'],
    ['#tab=sync', 'no join invite'],
    ['#join=***', 'join link is damaged (not base64url)'],
    [`#join=${toBase64Url(new TextEncoder().encode('{'))}`, 'join link is damaged (not JSON)'],
  ])('explain a bad link %j', (hash, reason) => {
    expect(parseJoinLink(hash)).toEqual({ ok: false, reason });
  });

  it('names what is wrong in a well-formed but invalid invite', () => {
    expect(parseJoinLink(`#join=${encode({ url: CONFIG_URL, publicKey: 'x' })}`)).toEqual({
      ok: false,
      reason: 'join link is not valid: publicKey: use the team public key: 43 base64url characters',
    });
  });

  it('asks for the host permission of the config URL, any port', () => {
    expect(originPattern(CONFIG_URL)).toBe('https://config.example.com/*');
    expect(originPattern('http://localhost:8080/icp.json')).toBe('http://localhost/*');
  });
});
