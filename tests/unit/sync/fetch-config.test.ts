import { describe, expect, it } from 'vitest';
import { fetchEnvelope } from '../../../lib/extension/worker/sync/fetch-config';
import { bigBody, CONFIG_URL, fakeServer, jsonResponse } from './helpers';

const MiB = 1024 * 1024;

describe('fetchEnvelope', () => {
  it('returns the body and the validators of a 200', async () => {
    const server = fakeServer();
    server.answer(
      jsonResponse('{"format":"icp-lens-envelope"}', {
        etag: '"v2"',
        'last-modified': 'Thu, 15 Jan 2026 10:00:00 GMT',
      }),
    );
    expect(await fetchEnvelope(CONFIG_URL, { fetch: server.fetch })).toEqual({
      status: 'ok',
      text: '{"format":"icp-lens-envelope"}',
      etag: '"v2"',
      lastModified: 'Thu, 15 Jan 2026 10:00:00 GMT',
    });
    expect(server.requests[0]).not.toHaveProperty('if-none-match');
  });

  it('sends a conditional GET and reports a 304 as not modified', async () => {
    const server = fakeServer();
    server.answer(new Response(null, { status: 304 }));
    const result = await fetchEnvelope(CONFIG_URL, {
      fetch: server.fetch,
      etag: '"v2"',
      lastModified: 'Thu, 15 Jan 2026 10:00:00 GMT',
    });
    expect(result).toEqual({ status: 'not-modified' });
    expect(server.requests[0]).toMatchObject({
      'if-none-match': '"v2"',
      'if-modified-since': 'Thu, 15 Jan 2026 10:00:00 GMT',
    });
  });

  it.each([
    [new Response('oops', { status: 500 }), 'server answered 500'],
    [
      new Response('gone', { status: 404, statusText: 'Not Found' }),
      'server answered 404 Not Found',
    ],
  ])('names the status of a failed answer', async (response, reason) => {
    const server = fakeServer();
    server.answer(response);
    expect(await fetchEnvelope(CONFIG_URL, { fetch: server.fetch })).toEqual({
      status: 'error',
      reason,
    });
  });

  it('gives up after the timeout even when fetch ignores the abort signal', async () => {
    const server = fakeServer();
    server.answer('hang');
    expect(await fetchEnvelope(CONFIG_URL, { fetch: server.fetch, timeoutMs: 30 })).toEqual({
      status: 'error',
      reason: 'timed out after 30 ms',
    });
  });

  it('aborts the request on timeout', async () => {
    let signal: AbortSignal | undefined;
    const fetch = ((_url: unknown, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => undefined);
    }) as typeof globalThis.fetch;
    await fetchEnvelope(CONFIG_URL, { fetch, timeoutMs: 10 });
    expect(signal?.aborted).toBe(true);
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const body = bigBody(20 * MiB);
    const server = fakeServer();
    server.answer(
      new Response(body.stream, { status: 200, headers: { 'content-length': String(20 * MiB) } }),
    );
    expect(await fetchEnvelope(CONFIG_URL, { fetch: server.fetch })).toEqual({
      status: 'error',
      reason: 'body larger than 1 MiB',
    });
    expect(body.pulled()).toBeLessThanOrEqual(128 * 1024);
  });

  it('stops reading a 20 MB body without Content-Length once it passes the cap', async () => {
    const body = bigBody(20 * MiB);
    const server = fakeServer();
    server.answer(new Response(body.stream, { status: 200 }));
    expect(await fetchEnvelope(CONFIG_URL, { fetch: server.fetch })).toEqual({
      status: 'error',
      reason: 'body larger than 1 MiB',
    });
    expect(body.pulled()).toBeLessThan(2 * MiB);
  });

  it('accepts a body of exactly the cap', async () => {
    const server = fakeServer();
    server.answer(new Response(bigBody(64 * 1024).stream, { status: 200 }));
    const result = await fetchEnvelope(CONFIG_URL, { fetch: server.fetch, maxBytes: 64 * 1024 });
    expect(result.status).toBe('ok');
  });

  it('reports a network error with its cause', async () => {
    const server = fakeServer();
    server.answer(
      Object.assign(new TypeError('fetch failed'), { cause: new Error('getaddrinfo ENOTFOUND') }),
    );
    expect(await fetchEnvelope(CONFIG_URL, { fetch: server.fetch })).toEqual({
      status: 'error',
      reason: 'network error: fetch failed (getaddrinfo ENOTFOUND)',
    });
  });

  it('refuses a body that is not UTF-8', async () => {
    const server = fakeServer();
    server.answer(new Response(new Uint8Array([0xff, 0xfe, 0x00]), { status: 200 }));
    expect(await fetchEnvelope(CONFIG_URL, { fetch: server.fetch })).toEqual({
      status: 'error',
      reason: 'body is not UTF-8 text',
    });
  });
});
