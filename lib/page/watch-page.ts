// Decides *when* to read a page. LinkedIn renders company pages client-side
// and swaps them without a reload, so one read at document_idle is not
// enough; reading on every mutation would cost the page. This reads once,
// then again only after the DOM has been quiet for a moment, inside a short
// window after each load or navigation, with a hard cap on reads. Across
// navigations a page-wide allowance of reading time refills slowly, so a
// page that changes its URL in a loop cannot buy a fresh budget each time.

export interface WatchOptions<T> {
  doc: Document;
  currentUrl: () => string;
  read: (doc: Document, url: string) => T;
  send: (result: T) => void;
  /** Whether two reads say the same; only a changed read is sent. */
  same?: (a: T, b: T) => boolean;
  signal: AbortSignal;
  /** How long the DOM must be quiet before a re-read. */
  quietMs?: number;
  /** How long after a load or navigation mutations are watched. */
  windowMs?: number;
  /** Reads allowed per load or navigation, whatever the page does. */
  maxReads?: number;
  /** Milliseconds of reading allowed per load or navigation; a page that costs more is read no further. */
  budgetMs?: number;
  /** Milliseconds of reading the page may bank across navigations; refilled at `refillPerSecond`. */
  pageBudgetMs?: number;
  /** Milliseconds of reading the page-wide allowance regains per second. */
  refillPerSecond?: number;
  /** The clock; tests pass their own. */
  now?: () => number;
}

export interface PageWatcher {
  /** Call when the URL changed without a reload. */
  navigated(): void;
}

/**
 * A node that changes nothing a reader reads: a loader's script, a style, a
 * link. JSON-LD is the exception: a single-page app may insert it late.
 */
function inert(node: Node): boolean {
  const el = node as HTMLScriptElement;
  return /^(?:script|style|link)$/.test(el.localName) && !/ld\+json/i.test(el.type);
}

export function watchPage<T>(options: WatchOptions<T>): PageWatcher {
  const { doc, currentUrl, read, send, signal } = options;
  const quietMs = options.quietMs ?? 400;
  const windowMs = options.windowMs ?? 8000;
  const maxReads = options.maxReads ?? 12;
  const budgetMs = options.budgetMs ?? 150;
  const pageBudgetMs = options.pageBudgetMs ?? 4 * budgetMs;
  // 10 ms a second: at most 1% of the page's main thread in the long run.
  const refillPerSecond = options.refillPerSecond ?? 10;
  const now = options.now ?? (() => performance.now());

  const same = options.same ?? ((a: T, b: T) => JSON.stringify(a) === JSON.stringify(b));
  let lastSent: { result: T } | undefined;
  let reads = 0;
  let spentMs = 0;
  let allowanceMs = pageBudgetMs;
  let refilledAt = now();
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;

  const stopWindow = () => {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(quietTimer);
    clearTimeout(windowTimer);
  };

  const readNow = () => {
    const started = now();
    allowanceMs = Math.min(
      pageBudgetMs,
      allowanceMs + ((started - refilledAt) / 1000) * refillPerSecond,
    );
    refilledAt = started;
    if (signal.aborted || reads >= maxReads || spentMs >= budgetMs || allowanceMs <= 0)
      return stopWindow();
    reads += 1;
    let result: T;
    try {
      result = read(doc, currentUrl());
    } catch {
      // A page we cannot read is a page we say nothing about.
      return;
    } finally {
      const cost = now() - started;
      spentMs += cost;
      allowanceMs -= cost;
    }
    if (lastSent && same(lastSent.result, result)) return;
    lastSent = { result };
    send(result);
  };

  const readWhenQuiet = () => {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(readNow, quietMs);
  };

  const openWindow = () => {
    stopWindow();
    reads = 0;
    spentMs = 0;
    if (signal.aborted) return;
    const MutationObserverCtor = doc.defaultView?.MutationObserver;
    if (MutationObserverCtor) {
      // Mutations that only add or remove inert nodes: tag managers make them all the time.
      observer = new MutationObserverCtor(
        (records) =>
          records?.every((r) => [...r.addedNodes, ...r.removedNodes].every(inert)) ||
          readWhenQuiet(),
      );
      observer.observe(doc.documentElement, { childList: true, subtree: true });
    }
    windowTimer = setTimeout(stopWindow, windowMs);
  };

  signal.addEventListener('abort', stopWindow, { once: true });
  openWindow();
  readNow();

  return {
    navigated() {
      // The old page's DOM may still be up: wait for the new one to settle.
      lastSent = undefined;
      openWindow();
      readWhenQuiet();
    },
  };
}
