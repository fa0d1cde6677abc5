import { z } from 'zod';
import { fromBase64Url, toBase64Url } from './base64url';
import { configUrlSchema, publicKeySchema } from './config-url';
import { describeIssues } from '../icp/parse';

// A join link hands a rep the config URL and the team key in one click:
// `<options page>#join=<base64url JSON>`. Only the fragment is ours; it never
// reaches a server, and everything in it is checked like typed input.

const JOIN_PARAM = 'join';

export const joinInviteSchema = z.object({
  url: configUrlSchema,
  publicKey: publicKeySchema,
  /** The team's name, shown when asking the rep to confirm. */
  team: z.string().trim().min(1).max(120).optional(),
});
export type JoinInvite = z.infer<typeof joinInviteSchema>;

export type JoinParseResult = { ok: true; invite: JoinInvite } | { ok: false; reason: string };

/** The fragment, without "#": `join=<base64url JSON>`. */
export function joinFragment(invite: JoinInvite): string {
  const checked = joinInviteSchema.parse(invite);
  return `${JOIN_PARAM}=${toBase64Url(new TextEncoder().encode(JSON.stringify(checked)))}`;
}

/** The options page URL (e.g. browser.runtime.getURL('/options.html')) with the invite. */
export function buildJoinLink(optionsPageUrl: string, invite: JoinInvite): string {
  return `${optionsPageUrl.split('#')[0]}#${joinFragment(invite)}`;
}

/**
 * Reads an invite from a whole link, a `location.hash` or a bare fragment.
 * `{ ok: false, reason: 'no join invite' }` when there is none.
 */
export function parseJoinLink(linkOrHash: string): JoinParseResult {
  const hash = linkOrHash.includes('#')
    ? linkOrHash.slice(linkOrHash.indexOf('#') + 1)
    : linkOrHash;
  const value = new URLSearchParams(hash).get(JOIN_PARAM);
  if (value === null) return { ok: false, reason: 'no join invite' };
  const bytes = fromBase64Url(value);
  if (!bytes) return { ok: false, reason: 'join link is damaged (not base64url)' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'join link is damaged (not JSON)' };
  }
  const parsed = joinInviteSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      reason: `join link is not valid: ${describeIssues(parsed.error).join('; ')}`,
    };
  return { ok: true, invite: parsed.data };
}
