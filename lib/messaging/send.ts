import { browser } from 'wxt/browser';
import type { MessageType, Request, Response } from './protocol';

// The sending side, for content scripts and the extension's pages. It imports
// the protocol for its types alone, so a content script bundles no zod.

export function sendMessage<K extends MessageType>(
  type: K,
  data: Request<K>,
): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, data }) as Promise<Response<K>>;
}
