import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt's fake browser has no runtime ports: an in-memory pair per connect(),
// delivered to the onConnect listeners, with the sender a test names.

type Listener<A extends unknown[]> = (...args: A) => void;

function event<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: (l: Listener<A>) => void listeners.add(l),
    removeListener: (l: Listener<A>) => void listeners.delete(l),
    hasListener: (l: Listener<A>) => listeners.has(l),
    fire: (...args: A) => listeners.forEach((l) => l(...args)),
  };
}

interface FakePort {
  name: string;
  sender?: object;
  onMessage: ReturnType<typeof event<[unknown]>>;
  onDisconnect: ReturnType<typeof event<[]>>;
  postMessage(message: unknown): void;
  disconnect(): void;
}

/** The sender a content script's connect() carries; tests set it. */
export const portSender: { current: object } = { current: {} };

export function installFakePorts(): void {
  const onConnect = event<[FakePort]>();
  const makePort = (name: string, sender?: object): FakePort => ({
    name,
    sender,
    onMessage: event<[unknown]>(),
    onDisconnect: event<[]>(),
    postMessage() {},
    disconnect() {},
  });
  Object.assign(fakeBrowser.runtime, {
    onConnect,
    connect({ name = '' }: { name?: string } = {}) {
      const near = makePort(name);
      const far = makePort(name, portSender.current);
      // Delivered asynchronously, as a browser does; a copy, as it serializes.
      const deliver = (to: FakePort, message: unknown) =>
        queueMicrotask(() => to.onMessage.fire(JSON.parse(JSON.stringify(message))));
      near.postMessage = (message) => deliver(far, message);
      far.postMessage = (message) => deliver(near, message);
      near.disconnect = () => queueMicrotask(() => far.onDisconnect.fire());
      far.disconnect = () => queueMicrotask(() => near.onDisconnect.fire());
      onConnect.fire(far);
      return near;
    },
  });
}
