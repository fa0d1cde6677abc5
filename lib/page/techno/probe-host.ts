import { listGlobals, probeGlobals } from './probe-globals';
import { PROBE_HELLO } from './probe-bridge';

/**
 * The main-world side: takes the first hello (ours, queued at
 * document_start before any page script ran), hides it from every page
 * listener, stops listening, and from then on answers only on that port.
 */
export function serveProbe(win: Window): void {
  const onHello = (event: MessageEvent) => {
    const port = event.ports[0];
    if (event.source !== win || event.data !== PROBE_HELLO || !port) return;
    event.stopImmediatePropagation();
    win.removeEventListener('message', onHello, true);
    port.onmessage = (message: MessageEvent) => {
      const data = message.data as { id?: unknown; type?: unknown; names?: unknown } | null;
      if (typeof data?.id !== 'number') return;
      const result =
        data.type === 'list'
          ? listGlobals(win)
          : data.type === 'probe' && Array.isArray(data.names)
            ? probeGlobals(
                win,
                data.names.filter((n): n is string => typeof n === 'string'),
              )
            : undefined;
      port.postMessage({ id: data.id, result });
    };
  };
  win.addEventListener('message', onHello, true);
}
