import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import type { RawPage } from './extract/raw-page';
import type { InstallResult } from './sync/install-icp';
import type { SyncOutcome } from './sync/run-sync';
import type { PageSignals, SignalNeeds } from './techno/page-signals';
import { pageSignalsSchema } from './techno/signals-schema';
import { rawPageSchema } from './extract/schema';

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
  /** Second pass: the full signals, matched and stored on the tab's account. */
  reportTechnologies: { request: { signals: PageSignals }; response: { technologies: number } };
  /** Options page -> background: fetch the team's ICP now. */
  syncNow: { request: Record<string, never>; response: SyncOutcome };
  /** Options page -> background: make an earlier ICP from the history the active one. */
  rollbackIcp: { request: { seq: number }; response: InstallResult | { status: 'missing' } };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];

// Built on first use so that a content script, which only sends, does not
// bundle zod (tree-shaking drops this function there).
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
      reportTechnologies: z.object({ signals: pageSignalsSchema() }),
      syncNow: z.object({}).strict() as z.ZodType<Request<'syncNow'>>,
      rollbackIcp: z.object({ seq: z.number().int().positive() }),
    },
  };
  return cached;
}

export function sendMessage<K extends MessageType>(
  type: K,
  data: Request<K>,
): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, data }) as Promise<Response<K>>;
}

export type Handlers = {
  [K in MessageType]: (
    data: Request<K>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<Response<K>>;
};

/**
 * Only this extension's own content scripts and pages may talk to the
 * background; anything else, or anything malformed, is dropped unanswered.
 */
export function isOwnSender(
  sender: Browser.runtime.MessageSender,
  self: { id: string; origin: string },
): boolean {
  if (sender.id !== self.id) return false;
  return sender.tab?.id !== undefined || Boolean(sender.url?.startsWith(self.origin));
}

/** A message from one of the extension's own pages (options, side panel), not a content script. */
export function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return Boolean(sender.url?.startsWith(browser.runtime.getURL('/')));
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

function dispatch(
  handlers: Handlers,
  message: ParsedMessage,
  sender: Browser.runtime.MessageSender,
) {
  // One handler per type; the cast only restates that pairing for TypeScript.
  const handler = handlers[message.type] as (
    data: unknown,
    sender: Browser.runtime.MessageSender,
  ) => Promise<unknown>;
  return handler(message.data, sender);
}

export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener(
    (
      message: unknown,
      sender: Browser.runtime.MessageSender,
      sendResponse: (response: unknown) => void,
    ) => {
      const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
      if (!isOwnSender(sender, self)) return false;
      const parsed = parseMessage(message);
      if (!parsed) return false;
      // Answered through sendResponse, and `true` keeps the channel open for
      // it: the one way both Chrome and Firefox accept an async reply.
      dispatch(handlers, parsed, sender).then(sendResponse, () => sendResponse(undefined));
      return true;
    },
  );
}
