import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt's fake browser has no scripting API: an in-memory one that keeps the
// registered content scripts and records each injection, for tests to read.

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  world?: string;
}

export const fakeScripting = {
  registered: new Map<string, Registered>(),
  injected: [] as { tabId: number; files: string[]; world?: string }[],
  /** Tabs whose isolated world already ran the reader (what a `func` injection is asked). */
  readerIn: new Set<number>(),
  reset() {
    this.registered.clear();
    this.injected.length = 0;
    this.readerIn.clear();
  },
};

export function installFakeScripting(): void {
  fakeScripting.reset();
  Object.assign(fakeBrowser, {
    scripting: {
      async getRegisteredContentScripts(filter?: { ids?: string[] }) {
        return [...fakeScripting.registered.values()].filter(
          (s) => !filter?.ids || filter.ids.includes(s.id),
        );
      },
      async registerContentScripts(scripts: Registered[]) {
        for (const s of scripts) {
          if (fakeScripting.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        }
        for (const s of scripts) fakeScripting.registered.set(s.id, s);
      },
      async unregisterContentScripts(filter?: { ids?: string[] }) {
        for (const id of filter?.ids ?? [...fakeScripting.registered.keys()])
          fakeScripting.registered.delete(id);
      },
      async executeScript(injection: {
        target: { tabId: number };
        files?: string[];
        func?: unknown;
        world?: string;
      }) {
        if (injection.func) return [{ result: fakeScripting.readerIn.has(injection.target.tabId) }];
        fakeScripting.injected.push({
          tabId: injection.target.tabId,
          files: injection.files ?? [],
          ...(injection.world && { world: injection.world }),
        });
        return [];
      },
    },
  });
}
