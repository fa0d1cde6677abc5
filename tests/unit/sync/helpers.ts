// Shared by the sync tests: ICP versions derived from the sample, envelopes
// signed any way a test needs (including ones signEnvelope refuses to make),
// and a fake fetch that plays a script of server answers.
import { toBase64Url } from '../../../lib/core/sync/base64url';
import { ENVELOPE_FORMAT, signingBytes, type Envelope } from '../../../lib/core/sync/envelope';
import { importPrivateKey, keyIdOf, publicKeyOf } from '../../../lib/core/sync/keys';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import type { IcpConfig } from '../../../lib/core/icp/schema';

export const CONFIG_URL = 'https://config.example.com/team/icp.json';

/** The sample at another version; v2 and later require 1,000+ employees in mid-market. */
export function icpVersion(version: number): IcpConfig {
  const icp = structuredClone(sampleIcp);
  icp.version = version;
  if (version >= 2) {
    const employees = icp.segments[0]!.criteria.find((c) => c.id === 'employees')!;
    employees.rule = { field: 'employees', min: 1000 };
  }
  return icp;
}

/** Signs any payload text with any fields: for envelopes signEnvelope would refuse. */
export async function signRaw(
  privateKey: string,
  fields: { version: number; payload: string; publisher?: string; changelog?: string },
): Promise<Envelope> {
  const unsigned = {
    format: ENVELOPE_FORMAT,
    version: fields.version,
    publisher: fields.publisher ?? 'RevOps',
    publishedAt: '2026-01-15T10:00:00.000Z',
    changelog: fields.changelog ?? '',
    keyId: await keyIdOf(await publicKeyOf(privateKey)),
    payload: fields.payload,
  } as const;
  const key = await importPrivateKey(privateKey);
  const signature = new Uint8Array(
    await crypto.subtle.sign('Ed25519', key, signingBytes(unsigned)),
  );
  return { ...unsigned, signature: toBase64Url(signature) };
}

/** A body of `total` bytes served in 64 KiB chunks; `pulled()` tells how much was read. */
export function bigBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += part.length;
      controller.enqueue(part);
    },
  });
  return { stream, pulled: () => sent };
}

export type Answer = Response | 'hang' | Error;

export interface FakeServer {
  fetch: typeof globalThis.fetch;
  /** Request headers of each call, lower-cased names. */
  requests: Record<string, string>[];
  /** Queues the answers to the next calls, in order. */
  answer(...answers: Answer[]): void;
}

/** A fetch that plays queued answers; 'hang' never settles (and ignores the abort signal). */
export function fakeServer(): FakeServer {
  const queue: Answer[] = [];
  const requests: Record<string, string>[] = [];
  const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    requests.push(Object.fromEntries(new Headers(init?.headers).entries()));
    const next = queue.shift();
    if (next === undefined) throw new Error('fake server: no answer queued');
    if (next === 'hang') return new Promise<Response>(() => undefined);
    if (next instanceof Error) throw next;
    return next;
  }) as typeof globalThis.fetch;
  return { fetch, requests, answer: (...answers) => queue.push(...answers) };
}

export function jsonResponse(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
