import { browser, type Browser } from 'wxt/browser';
import { answerReader } from '../reader/answer';
import { parseReaderAnswer, type ReaderAnswer, type ReaderRequest } from '../reader/requests';

// Where the worker reads a page's markup. Chrome's service worker has no
// DOMParser, so it asks its offscreen document (reason DOM_PARSER), created
// on first use and found again by a restarted worker; Firefox's background
// page parses in place. Either way the page's main thread is not involved.

export type PageReader = <R extends ReaderRequest>(
  request: R,
) => Promise<ReaderAnswer<R> | undefined>;

export const OFFSCREEN_PATH = '/offscreen.html';

// Only joins concurrent first uses; a restarted worker asks the browser.
let opening: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const open = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    documentUrls: [url],
  });
  if (open.length > 0) return;
  opening ??= browser.offscreen
    .createDocument({
      url,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification:
        'Reads the page the rep opened from a copy of its markup, off its main thread.',
    })
    .catch((error: unknown) => {
      // Another worker instance made it meanwhile: that one will do.
      if (!/single offscreen/i.test(String(error))) throw error;
    })
    .finally(() => (opening = undefined));
  await opening;
}

export function pageReader(): PageReader {
  if (typeof DOMParser === 'function') {
    const parser = new DOMParser();
    const parse = (html: string) => parser.parseFromString(html, 'text/html');
    return async (request) => parseReaderAnswer(request, answerReader(request, parse));
  }
  return async (request) => {
    // A document just created may not listen yet, and one closed by the
    // browser must be made again: a read is tried three times before the
    // page is given up.
    for (let attempt = 0; ; attempt++) {
      try {
        await ensureOffscreen();
        const answer = parseReaderAnswer(request, await browser.runtime.sendMessage(request));
        if (answer || attempt >= 2) return answer;
      } catch (error) {
        if (attempt >= 2) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * 3 ** attempt));
    }
  };
}
