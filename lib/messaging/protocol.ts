import { z } from 'zod';
import type { RawPage } from '../core/hints/raw-page';
import type { InstallResult } from '../extension/accounts/install-icp';
import type { SyncOutcome } from '../extension/worker/sync/run-sync';
import type { PageSignals, SignalNeeds } from '../core/hints/page-signals';
import { pageSignalsSchema, secondPassSchema } from '../core/hints/signals-schema';
import { rawPageSchema } from '../core/hints/schema';

// The one message protocol between the extension's contexts. Each message is
// declared once with its request and response; the receiving side parses the
// request with zod before any handler sees it.

export interface Protocol {
  /** Content script -> background: what the page in this tab says. */
  pageRead: {
    request: { page: RawPage };
    /** `wantsTechnologies`: the page is the account's own site, so its stack counts. */
    response: { accountId: string | null; wantsTechnologies: boolean };
  };
  /** First technology pass: which selectors and globals this page could match. */
  planTechnologies: {
    request: { signals: PageSignals; globals: string[] };
    response: { needs: SignalNeeds | null };
  };
  /**
   * Second pass: its answers, matched with the first pass the background kept
   * from `planTechnologies` (the page serialises its markup once), and stored
   * on the tab's account.
   */
  reportTechnologies: {
    request: Pick<PageSignals, 'url' | 'dom' | 'js'>;
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
  cached ??= {
    envelope: z.object({ type: z.string().max(64), data: z.unknown() }),
    requests: {
      pageRead: z.object({ page: rawPageSchema }) as z.ZodType<Request<'pageRead'>>,
      planTechnologies: z.object({
        signals: pageSignalsSchema(),
        globals: z.array(z.string().max(200)).max(10000),
      }),
      reportTechnologies: secondPassSchema(),
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
