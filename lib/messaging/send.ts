import { browser } from 'wxt/browser';
import type { MessageType, Request, Response } from './protocol';
import { PAGE_CHANNEL } from '../core/hints/page-channel';

// The sending side, for content scripts and the extension's pages. It imports
// the protocol for its types alone, so a content script bundles no zod.

export function sendMessage<K extends MessageType>(
  type: K,
  data: Request<K>,
): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, data }) as Promise<Response<K>>;
}

export interface PageChannel {
  send<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>>;
}

/**
 * One port for a content script's messages: each runtime.sendMessage opens a
 * channel of its own, and that cost the page several milliseconds a message.
 * A port the background has closed (the worker stopped) is opened again by
 * the next message; one closed under a message fails it.
 */
export function openChannel(): PageChannel {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const pending = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  let next = 0;
  const connect = () => {
    const opened = browser.runtime.connect({ name: PAGE_CHANNEL });
    opened.onMessage.addListener((message: { id?: unknown; response?: unknown }) => {
      if (typeof message?.id !== 'number') return;
      pending.get(message.id)?.resolve(message.response);
      pending.delete(message.id);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = undefined;
      for (const call of pending.values()) call.reject(new Error('the background closed'));
      pending.clear();
    });
    return opened;
  };
  return {
    send(type, data) {
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        try {
          (port ??= connect()).postMessage({ id, type, data });
        } catch (error) {
          pending.delete(id);
          reject(error as Error);
        }
      });
    },
  };
}
