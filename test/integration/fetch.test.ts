import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { createFetchHandler } from '../../src/adapters/fetch.js';
import type { LiveCallbacks } from '../../src/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { ADAPTER_OPTIONS, CALLBACK_PATH, describeAdapter, signed, testDispatcher, type RunningServer } from './adapter-cases.js';

/** Hono on @hono/node-server, the handler answering every method on the callback path. */
function startHono(live: LiveCallbacks): Promise<RunningServer> {
  const handler = createFetchHandler(live, ADAPTER_OPTIONS);
  const app = new Hono();
  app.all(CALLBACK_PATH, (c) => handler(c.req.raw));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}${CALLBACK_PATH}`,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}

describeAdapter('fetch handler on Hono', startHono);

describe('fetch handler with a bare Request', () => {
  const url = `https://example.com${CALLBACK_PATH}`;

  test('answers a signed fixture with a JSON Response', async () => {
    const { live } = testDispatcher();
    const handle = createFetchHandler(live);
    const response = await handle(
      new Request(`${url}?${signed('Live.CallbackAfterModifyAdmin')}`, {
        method: 'POST',
        body: fixtureText('Live.CallbackAfterModifyAdmin'),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
  });

  test('answers 405 with Allow: POST to a GET', async () => {
    const response = await createFetchHandler(testDispatcher().live)(new Request(`${url}?${signed('Live.CallbackAfterModifyAdmin')}`));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  test('stops reading a streamed body past bodyLimit and answers 413', async () => {
    const chunk = new Uint8Array(1024);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`${url}?${signed('Live.CallbackAfterModifyAdmin')}`, {
      method: 'POST',
      body: endless,
      duplex: 'half',
    } as RequestInit);
    const response = await createFetchHandler(testDispatcher().live, { bodyLimit: 8 * 1024 })(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });

  /** A POST whose body stream `source` feeds. */
  function streamed(source: UnderlyingDefaultSource<Uint8Array>): Request {
    return new Request(`${url}?${signed('Live.CallbackAfterModifyAdmin')}`, {
      method: 'POST',
      body: new ReadableStream(source),
      duplex: 'half',
    } as RequestInit);
  }

  test('answers 408 with Connection: close to a body that stalls past bodyTimeoutMs, and tells onError request_timeout', async () => {
    const { live, errors } = testDispatcher();
    const stalled = streamed({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"Callback')) });
    const response = await createFetchHandler(live, { bodyTimeoutMs: 50 })(stalled);
    expect(response.status).toBe(408);
    expect(response.headers.get('connection')).toBe('close');
    expect(errors.map((error) => error.code)).toEqual(['request_timeout']);
  });

  test('tells onError request_aborted, not invalid_json, when the body stream fails', async () => {
    const { live, errors } = testDispatcher();
    const cutOff = streamed({ pull: (controller) => controller.error(new Error('client went away')) });
    await createFetchHandler(live)(cutOff);
    expect(errors.map((error) => error.code)).toEqual(['request_aborted']);
    expect(errors[0]?.cause).toMatchObject({ message: 'client went away' });
  });

  test('answers 413 from a declared Content-Length without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request(`${url}?${signed('Live.CallbackAfterModifyAdmin')}`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'content-length': String(64 * 1024 * 1024) },
    } as RequestInit);
    const response = await createFetchHandler(testDispatcher().live)(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });
});
