import { z } from 'zod';
import type { InstallResult } from '../extension/accounts/install-icp';
import type { SyncOutcome } from '../extension/worker/sync/run-sync';
import { SIGNAL_CAPS, type LiveSignals, type PageSignals } from '../core/hints/page-signals';
import { probeAnswersSchema } from '../core/hints/signals-schema';
import { ADDED_LIMITS, MAX_MARKUP_CHARS } from '../core/hints/markup-limits';
import { RAW_LIMITS } from '../core/hints/raw-page';

/** A page's URL and its serialized DOM (lib/page/page-markup.ts). */
export interface PageMarkup {
  url: string;
  html: string;
}

// The one message protocol between the extension's contexts. Each message is
// declared once with its request and response; the receiving side parses the
// request with zod before any handler sees it.

export interface Protocol {
  /**
   * Content script -> background: the page in this tab, as markup the
   * background reads off the page's main thread. With `technologies`, the
   * background also gathers the page's technology signals from it, when the
   * page is the account's own site.
   */
  pageMarkup: {
    request: PageMarkup & { technologies?: boolean };
    /** `wantsTechnologies`: the page is the account's own site, so its stack counts. */
    response: { accountId: string | null; wantsTechnologies: boolean };
  };
  /**
   * The technology pass's share of the live page: what a parsed copy cannot
   * have, and the page's global names. The answer names the globals the
   * table would read; none ends the pass.
   */
  technologyLive: {
    /** `added`: the markup of the tags inserted since the read (lib/page/techno/added-tags.ts). */
    request: LiveSignals & { url: string; added: string[]; globals: string[] };
    response: { js: string[] };
  };
  /**
   * The probe's answers for those globals, matched with the rest of the pass
   * the background kept, and stored on the account.
   */
  reportTechnologies: {
    request: Pick<PageSignals, 'url' | 'js'>;
    response: { technologies: number };
  };
  /** Options page -> background: fetch the team's ICP now. */
  syncNow: { request: Record<string, never>; response: SyncOutcome };
  /** Options page -> background: make an earlier ICP from the history the active one. */
  rollbackIcp: { request: { seq: number }; response: InstallResult | { status: 'missing' } };
  /** Side panel -> background: the rep changed this account; its tabs' badges follow. */
  accountChanged: { request: { accountId: string }; response: { tabs: number } };
  /**
   * Panel -> background: the rep asks to read this tab now. A never-read host
   * needs `confirmed`; a browser page is never read.
   */
  readTab: {
    request: { tabId: number; confirmed: boolean };
    response: { status: 'reading' | 'needs-confirmation' | 'refused' };
  };
  /**
   * Panel -> background: the rep opened this tab's account in the panel, so
   * an account not kept yet is stored (and marked opened) now.
   */
  keepAccount: { request: { tabId: number }; response: { accountId: string | null } };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];

// Built on first use: parsing happens only on the receiving side.
interface Schemas {
  envelope: z.ZodType<{ type: string; data: unknown }>;
  requests: { [K in MessageType]: z.ZodType<Request<K>> };
}
let cached: Schemas | undefined;
function schemas(): Schemas {
  const markup = z.object({
    url: z.string().max(RAW_LIMITS.url),
    html: z.string().max(MAX_MARKUP_CHARS),
  });
  cached ??= {
    envelope: z.object({ type: z.string().max(64), data: z.unknown() }),
    requests: {
      pageMarkup: markup.extend({ technologies: z.boolean().optional() }),
      technologyLive: z.object({
        url: markup.shape.url,
        added: z.array(z.string().max(ADDED_LIMITS.one)).max(ADDED_LIMITS.tags),
        cookies: z.array(z.string().max(200)).max(SIGNAL_CAPS.cookies),
        css: z.string().max(SIGNAL_CAPS.css).optional(),
        globals: z.array(z.string().max(200)).max(10000),
      }),
      reportTechnologies: z.object({ url: markup.shape.url, js: probeAnswersSchema() }),
      syncNow: z.object({}).strict() as z.ZodType<Request<'syncNow'>>,
      rollbackIcp: z.object({ seq: z.number().int().positive() }),
      accountChanged: z.object({ accountId: z.string().min(1).max(2048) }),
      readTab: z.object({ tabId: z.number().int().nonnegative(), confirmed: z.boolean() }),
      keepAccount: z.object({ tabId: z.number().int().nonnegative() }),
    },
  };
  return cached;
}

export type ParsedMessage = { [K in MessageType]: { type: K; data: Request<K> } }[MessageType];

export function parseMessage(message: unknown): ParsedMessage | undefined {
  const { envelope, requests } = schemas();
  const parsed = envelope.safeParse(message);
  if (!parsed.success || !Object.hasOwn(requests, parsed.data.type)) return undefined;
  const type = parsed.data.type as MessageType;
  const data = (requests[type] as z.ZodType).safeParse(parsed.data.data);
  return data.success ? ({ type, data: data.data } as ParsedMessage) : undefined;
}
