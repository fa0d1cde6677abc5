import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt's fake browser has no permissions API: an in-memory one holding the
// granted origins, whose prompt answers as a test says, with the browser's
// onAdded / onRemoved events.

type Listener = (permissions: { origins?: string[] }) => void;

export const fakePermissions = {
  origins: new Set<string>(),
  /** What the rep answers to the browser's prompt. */
  answer: true,
  /** Every origin list the extension asked the rep for. */
  asked: [] as string[][],
  added: new Set<Listener>(),
  removed: new Set<Listener>(),
  reset(granted: string[]) {
    this.origins = new Set(granted);
    this.answer = true;
    this.asked.length = 0;
    this.added.clear();
    this.removed.clear();
  },
};

/** A wildcard host holds every origin of its scheme, as the browser reads it. */
function covers(held: string, wanted: string): boolean {
  if (held === wanted) return true;
  const scheme = /^(\w+):\/\/\*\/\*$/.exec(held)?.[1];
  return scheme !== undefined && wanted.startsWith(`${scheme}://`);
}

const holds = (origin: string) => [...fakePermissions.origins].some((h) => covers(h, origin));

const event = (listeners: Set<Listener>) => ({
  addListener: (l: Listener) => listeners.add(l),
  removeListener: (l: Listener) => listeners.delete(l),
  hasListener: (l: Listener) => listeners.has(l),
});

/** Installs it with `granted` already held (the rep accepted the default mode's prompt). */
export function installFakePermissions(granted: string[]): void {
  fakePermissions.reset(granted);
  Object.assign(fakeBrowser, {
    permissions: {
      async getAll() {
        return { origins: [...fakePermissions.origins], permissions: [] };
      },
      async contains({ origins = [] }: { origins?: string[] }) {
        return origins.every(holds);
      },
      async request({ origins = [] }: { origins?: string[] }) {
        if (origins.every(holds)) return true;
        fakePermissions.asked.push(origins);
        if (!fakePermissions.answer) return false;
        for (const o of origins) fakePermissions.origins.add(o);
        for (const l of fakePermissions.added) l({ origins });
        return true;
      },
      async remove({ origins = [] }: { origins?: string[] }) {
        const gone = origins.filter((o) => fakePermissions.origins.delete(o));
        if (gone.length) for (const l of fakePermissions.removed) l({ origins: gone });
        return gone.length > 0;
      },
      onAdded: event(fakePermissions.added),
      onRemoved: event(fakePermissions.removed),
    },
  });
}
