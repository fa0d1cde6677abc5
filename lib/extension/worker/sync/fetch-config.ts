// Fetches the published envelope with the care a config from someone else's
// host deserves: a conditional GET (ETag / If-Modified-Since) so an
// unchanged file costs one round trip, a timeout that covers the body too,
// and a size cap enforced while streaming, so a huge or endless body is cut
// off instead of filling the service worker's memory.

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface FetchEnvelopeOptions {
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof globalThis.fetch;
}

export type FetchEnvelopeResult =
  | { status: 'not-modified' }
  | { status: 'ok'; text: string; etag?: string; lastModified?: string }
  | { status: 'error'; reason: string };

/** Thrown inside to stop the work at once with the reason to report. */
class FetchStop extends Error {}

export async function fetchEnvelope(
  url: string,
  options: FetchEnvelopeOptions = {},
): Promise<FetchEnvelopeResult> {
  const {
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxBytes = DEFAULT_MAX_BYTES,
    fetch = globalThis.fetch,
  } = options;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A fetch that ignores the abort signal must not hang the sync either, so
  // the timeout races the whole request rather than only aborting it.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new FetchStop(`timed out after ${formatSeconds(timeoutMs)}`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([request(url, options, fetch, maxBytes, controller), timeout]);
  } catch (error) {
    if (error instanceof FetchStop) return { status: 'error', reason: error.message };
    return { status: 'error', reason: `network error: ${describeError(error)}` };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

async function request(
  url: string,
  { etag, lastModified }: FetchEnvelopeOptions,
  fetch: typeof globalThis.fetch,
  maxBytes: number,
  controller: AbortController,
): Promise<FetchEnvelopeResult> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (etag) headers['if-none-match'] = etag;
  if (lastModified) headers['if-modified-since'] = lastModified;
  // No cookies: the host needs none to serve a public signed file. With
  // conditional headers set, browsers bypass their HTTP cache (Fetch spec),
  // so a 304 reaches this code.
  const response = await fetch(url, {
    headers,
    signal: controller.signal,
    credentials: 'omit',
    redirect: 'follow',
  });
  if (response.status === 304) {
    void response.body?.cancel().catch(() => undefined);
    return { status: 'not-modified' };
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    const text = response.statusText ? ` ${response.statusText}` : '';
    return { status: 'error', reason: `server answered ${response.status}${text}` };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return { status: 'error', reason: tooLarge(maxBytes) };
  }
  const bytes = await readCapped(response, maxBytes);
  if (!bytes) return { status: 'error', reason: tooLarge(maxBytes) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 'error', reason: 'body is not UTF-8 text' };
  }
  const newEtag = response.headers.get('etag') ?? undefined;
  const newLastModified = response.headers.get('last-modified') ?? undefined;
  return {
    status: 'ok',
    text,
    ...(newEtag && { etag: newEtag }),
    ...(newLastModified && { lastModified: newLastModified }),
  };
}

/** The body's bytes, or undefined as soon as it passes maxBytes. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? undefined : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): string {
  return `body larger than ${formatBytes(maxBytes)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node's fetch says "fetch failed" and puts the useful part in `cause`.
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
