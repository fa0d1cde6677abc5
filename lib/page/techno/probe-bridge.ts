// The isolated content script's side of the main-world probe. It hands the
// probe a private MessageChannel port at document_start, before any page
// script runs; from then on the two talk only over that port, which page
// scripts never see, so a page cannot answer in the probe's place. Replies
// are still page-world data: they are type-checked and capped here.

export const PROBE_HELLO = 'icp-lens:probe-hello';

const MAX_NAMES = 10000;
const MAX_VALUE = 200;

export interface ProbeClient {
  /** The page's own global names. */
  list(): Promise<string[]>;
  /** Values of the given dotted paths that exist. */
  probe(names: string[]): Promise<Record<string, string | true>>;
}

export function openProbe(win: Window, timeoutMs = 1000): ProbeClient {
  const channel = new MessageChannel();
  const pending = new Map<number, (value: unknown) => void>();
  let next = 0;
  channel.port1.onmessage = (event: MessageEvent) => {
    const data = event.data as { id?: unknown; result?: unknown } | null;
    if (typeof data?.id !== 'number') return;
    pending.get(data.id)?.(data.result);
    pending.delete(data.id);
  };
  win.postMessage(PROBE_HELLO, '*', [channel.port2]);

  const ask = (message: { type: 'list' } | { type: 'probe'; names: string[] }) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      channel.port1.postMessage({ id, ...message });
      // No probe (a page that blocks it, a browser without main-world
      // scripts): carry on without globals.
      setTimeout(() => {
        if (pending.delete(id)) resolve(undefined);
      }, timeoutMs);
    });

  return {
    async list() {
      const reply = await ask({ type: 'list' });
      return Array.isArray(reply)
        ? reply
            .filter((n): n is string => typeof n === 'string' && n.length <= 200)
            .slice(0, MAX_NAMES)
        : [];
    },
    async probe(names) {
      const reply = await ask({ type: 'probe', names: names.slice(0, MAX_NAMES) });
      const found: Record<string, string | true> = {};
      if (typeof reply !== 'object' || reply === null) return found;
      const asked = new Set(names);
      for (const [name, value] of Object.entries(reply).slice(0, MAX_NAMES)) {
        // Only what was asked, and only strings or true.
        if (!asked.has(name)) continue;
        if (value === true) found[name] = true;
        else if (typeof value === 'string') found[name] = value.slice(0, MAX_VALUE);
      }
      return found;
    },
  };
}
