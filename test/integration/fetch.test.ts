import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { createFetchHandler } from '../../src/adapters/fetch.js';
import type { LiveCallbacks } from '../../src/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { BODY_LIMIT, CALLBACK_PATH, describeAdapter, signed, testDispatcher, type RunningServer } from './adapter-cases.js';

/** Hono on @hono/node-server, the handler answering every method on the callback path. */
function startHono(live: LiveCallbacks): Promise<RunningServer> {
  const handler = createFetchHandler(live, { bodyLimit: BODY_LIMIT });
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
