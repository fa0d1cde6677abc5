import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import type { RawPage } from './extract/raw-page';
import { rawPageSchema } from './extract/schema';

// The one message protocol between the extension's contexts. Each message is
// declared once with its request and response; the receiving side parses the
// request with zod before any handler sees it.

export interface Protocol {
  /** Content script -> background: what the page in this tab says. */
  pageRead: { request: { page: RawPage }; response: { accountId: string | null } };
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

export function parseMessage(
  message: unknown,
): { [K in MessageType]: { type: K; data: Request<K> } }[MessageType] | undefined {
  const { envelope, requests } = schemas();
  const parsed = envelope.safeParse(message);
  if (!parsed.success || !Object.hasOwn(requests, parsed.data.type)) return undefined;
  const type = parsed.data.type as MessageType;
  const data = requests[type].safeParse(parsed.data.data);
  return data.success ? { type, data: data.data } : undefined;
}

export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    if (!isOwnSender(sender, self)) return undefined;
    const parsed = parseMessage(message);
    if (!parsed) return undefined;
    return handlers[parsed.type](parsed.data, sender);
  });
}
