import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { watchPage } from '../../lib/page/watch-page';

// A document whose mutations the test triggers by hand.
function fakeDocument() {
  const observers: ((records?: unknown[]) => void)[] = [];
  class FakeObserver {
    constructor(private readonly callback: (records?: unknown[]) => void) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  const doc = {
    documentElement: {},
    defaultView: { MutationObserver: FakeObserver },
  } as unknown as Document;
  const mutate = (records?: unknown[]) => observers.forEach((cb) => cb(records));
  return { doc, mutate, observers };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchPage', () => {
  it('reads at once, then again only after the DOM has been quiet', () => {
    const { doc, mutate } = fakeDocument();
    let content = 'A';
    const sent: string[] = [];
    watchPage({
      doc,
      currentUrl: () => 'u',
      read: () => content,
      send: (r) => sent.push(r),
      signal: new AbortController().signal,
    });
    expect(sent).toEqual(['A']);
    content = 'A2';
    mutate();
    vi.advanceTimersByTime(300);
    mutate();
    vi.advanceTimersByTime(300);
    expect(sent).toEqual(['A']);
    vi.advanceTimersByTime(200);
    expect(sent).toEqual(['A', 'A2']);
  });

  it('does not re-read for loaders adding scripts or styles, but does for JSON-LD and content', () => {
    const { doc, mutate } = fakeDocument();
    const page = parseHTML('<html><body></body></html>').document;
    const element = (tag: string, type?: string) => {
      const el = page.createElement(tag);
      if (type) el.setAttribute('type', type);
      return el;
    };
    const added = (...nodes: Node[]) => [{ addedNodes: nodes, removedNodes: [] }];
    const read = vi.fn(() => Math.random());
    watchPage({
      doc,
      currentUrl: () => 'u',
      read,
      send: () => {},
      signal: new AbortController().signal,
    });
    expect(read).toHaveBeenCalledTimes(1);
    mutate(added(element('script'), element('style'), element('link')));
    mutate([{ addedNodes: [], removedNodes: [element('script', 'text/javascript')] }]);
    vi.advanceTimersByTime(1000);
    expect(read).toHaveBeenCalledTimes(1);
    mutate(added(element('script', 'application/ld+json')));
    vi.advanceTimersByTime(1000);
    expect(read).toHaveBeenCalledTimes(2);
    mutate(added(element('script'), element('div')));
    vi.advanceTimersByTime(1000);
    expect(read).toHaveBeenCalledTimes(3);
    mutate(added(page.createTextNode('Now hiring')));
    vi.advanceTimersByTime(1000);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('sends nothing when a re-read finds the same page', () => {
    const { doc, mutate } = fakeDocument();
    const send = vi.fn();
    watchPage({
      doc,
      currentUrl: () => 'u',
      read: () => 'same',
      send,
      signal: new AbortController().signal,
    });
    for (let i = 0; i < 5; i++) {
      mutate();
      vi.advanceTimersByTime(500);
    }
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('stops watching after its window and caps the reads a page can cause', () => {
    const { doc, mutate, observers } = fakeDocument();
    const read = vi.fn(() => Math.random());
    watchPage({
      doc,
      currentUrl: () => 'u',
      read,
      send: () => {},
      signal: new AbortController().signal,
      maxReads: 3,
      windowMs: 60_000,
    });
    for (let i = 0; i < 50; i++) {
      mutate();
      vi.advanceTimersByTime(500);
    }
    expect(read).toHaveBeenCalledTimes(3);
    expect(observers).toHaveLength(0);
  });

  it('stops reading a page once its time budget is spent', () => {
    const { doc, mutate } = fakeDocument();
    let clock = 0;
    // Each read of this (huge) page costs 60 ms on the fake clock.
    const read = vi.fn(() => {
      clock += 60;
      return clock;
    });
    watchPage({
      doc,
      currentUrl: () => 'u',
      read,
      send: () => {},
      signal: new AbortController().signal,
      budgetMs: 150,
      now: () => clock,
    });
    for (let i = 0; i < 10; i++) {
      mutate();
      vi.advanceTimersByTime(500);
    }
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('gives a page that navigates in a loop no fresh budget each time, only a slow refill', () => {
    const { doc } = fakeDocument();
    let clock = 0;
    // Each read costs 50 ms of the fake clock; the page changes its URL every second.
    const read = vi.fn(() => {
      clock += 50;
      return clock;
    });
    const watcher = watchPage({
      doc,
      currentUrl: () => 'u',
      read,
      send: () => {},
      signal: new AbortController().signal,
      budgetMs: 150,
      pageBudgetMs: 600,
      refillPerSecond: 10,
      now: () => clock,
    });
    for (let i = 0; i < 40; i++) {
      clock += 1000;
      watcher.navigated();
      vi.advanceTimersByTime(1000);
    }
    // 600 ms banked plus 10 ms for each of ~40 s, at 50 ms a read: ~20, not 41.
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(18);
    expect(read.mock.calls.length).toBeLessThanOrEqual(22);
  });

  it('on navigation waits for the new page to settle and reads it', () => {
    const { doc, mutate } = fakeDocument();
    let url = 'https://www.linkedin.com/company/a/';
    const sent: string[] = [];
    const watcher = watchPage({
      doc,
      currentUrl: () => url,
      read: (_d, u) => u,
      send: (r) => sent.push(r),
      signal: new AbortController().signal,
    });
    vi.advanceTimersByTime(10_000);
    url = 'https://www.linkedin.com/company/b/';
    watcher.navigated();
    expect(sent).toHaveLength(1);
    mutate();
    vi.advanceTimersByTime(400);
    expect(sent).toEqual([
      'https://www.linkedin.com/company/a/',
      'https://www.linkedin.com/company/b/',
    ]);
  });

  it('survives a reader that throws and goes quiet once aborted', () => {
    const { doc, mutate } = fakeDocument();
    const controller = new AbortController();
    const send = vi.fn();
    let fail = true;
    watchPage({
      doc,
      currentUrl: () => 'u',
      read: () => {
        if (fail) throw new Error('broken page');
        return 'ok';
      },
      send,
      signal: controller.signal,
    });
    expect(send).not.toHaveBeenCalled();
    fail = false;
    controller.abort();
    mutate();
    vi.advanceTimersByTime(1000);
    expect(send).not.toHaveBeenCalled();
  });
});
