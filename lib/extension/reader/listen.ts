import { browser, type Browser } from 'wxt/browser';
import { answerReader, type ParseHtml } from './answer';
import { parseReaderRequest } from './requests';

/**
 * The reader's side, in the offscreen document: answers the worker's reader
 * requests and nothing else. A content script's messages reach every
 * extension context too; they are the worker's, and left to it.
 */
export function listenAsReader(parse: ParseHtml): void {
  browser.runtime.onMessage.addListener(
    (
      message: unknown,
      sender: Browser.runtime.MessageSender,
      sendResponse: (response: unknown) => void,
    ) => {
      if (sender.id !== browser.runtime.id || sender.tab) return false;
      const request = parseReaderRequest(message);
      if (!request) return false;
      try {
        sendResponse(answerReader(request, parse));
      } catch {
        sendResponse(undefined);
      }
      return false;
    },
  );
}
