import { browser, type Browser } from 'wxt/browser';
import {
  parseMessage,
  type MessageType,
  type ParsedMessage,
  type Request,
  type Response,
} from './protocol';
import { PAGE_CHANNEL } from '../core/hints/page-channel';

// The receiving side, in the service worker: every message is checked for its
// sender and parsed with zod before a handler sees it.

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

const ownIdentity = () => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });

/** Answers a content script's port (send.ts openChannel) as onMessage answers its messages. */
function listenForChannels(handlers: Handlers): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_CHANNEL) return;
    const sender = port.sender ?? {};
    if (!isOwnSender(sender, ownIdentity())) return port.disconnect();
    port.onMessage.addListener((message: { id?: unknown; type?: unknown; data?: unknown }) => {
      if (typeof message?.id !== 'number') return;
      const id = message.id;
      const reply = (response: unknown) => {
        try {
          port.postMessage({ id, response });
        } catch {
          // The page went away meanwhile.
        }
      };
      const parsed = parseMessage({ type: message.type, data: message.data });
      if (!parsed) return reply(undefined);
      dispatch(handlers, parsed, sender).then(reply, () => reply(undefined));
    });
  });
}

export function listenForMessages(handlers: Handlers): void {
  listenForChannels(handlers);
  browser.runtime.onMessage.addListener(
    (
      message: unknown,
      sender: Browser.runtime.MessageSender,
      sendResponse: (response: unknown) => void,
    ) => {
      if (!isOwnSender(sender, ownIdentity())) return false;
      const parsed = parseMessage(message);
      if (!parsed) return false;
      // Answered through sendResponse, and `true` keeps the channel open for
      // it: the one way both Chrome and Firefox accept an async reply.
      dispatch(handlers, parsed, sender).then(sendResponse, () => sendResponse(undefined));
      return true;
    },
  );
}
