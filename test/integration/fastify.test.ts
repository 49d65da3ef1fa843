import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { createFastifyPlugin } from '../../src/adapters/fastify.js';
import type { LiveCallbacks } from '../../src/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { sendMethod } from './clients.js';
import { ADAPTER_OPTIONS, CALLBACK_PATH, describeAdapter, send, signed, testDispatcher, type RunningServer } from './adapter-cases.js';

/** A Fastify app with the plugin and one ordinary JSON route of the app's own beside it. */
async function startFastify(live: LiveCallbacks): Promise<RunningServer> {
  const app = Fastify();
  await app.register(createFastifyPlugin(live, ADAPTER_OPTIONS));
  app.post('/echo', async (request) => ({ got: request.body, type: typeof request.body }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    // Fastify routes only the methods it knows (other ones get its own 404), and every one of those here.
    otherMethods: app.supportedMethods.filter((method) => method !== 'POST'),
    close: () => app.close(),
  };
}

describeAdapter('Fastify', startFastify);

describe('Fastify plugin scope', () => {
  test("leaves the app's JSON parser to its other routes", async () => {
    const server = await startFastify(testDispatcher().live);
    try {
      const response = await fetch(server.url.replace(CALLBACK_PATH, '/echo'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"a":[1,2]}',
      });
      expect(await response.json()).toEqual({ got: { a: [1, 2] }, type: 'object' });
    } finally {
      await server.close();
    }
  });

  test('answers on the path it is given, under the prefix it is registered with', async () => {
    const { live } = testDispatcher();
    const app = Fastify();
    await app.register(createFastifyPlugin(live, { path: '/callback' }), { prefix: '/tencent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    try {
      const answer = await send(
        `http://127.0.0.1:${port}/tencent/callback`,
        signed('Live.CallbackAfterModifyAdmin'),
        fixtureText('Live.CallbackAfterModifyAdmin'),
      );
      expect(answer.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    } finally {
      await app.close();
    }
  });

  test('answers 405 to a method the app added to Fastify before registering it', async () => {
    const app = Fastify();
    app.addHttpMethod('PROPFIND');
    await app.register(createFastifyPlugin(testDispatcher().live));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    try {
      const answer = await sendMethod(`http://127.0.0.1:${port}${CALLBACK_PATH}?${signed('Live.CallbackAfterModifyAdmin')}`, 'PROPFIND');
      expect([answer.status, answer.allow]).toEqual([405, 'POST']);
    } finally {
      await app.close();
    }
  });

  test('takes a body of any content type as raw bytes', async () => {
    const server = await startFastify(testDispatcher().live);
    try {
      const answer = await send(server.url, signed('Live.CallbackAfterModifyAdmin'), fixtureText('Live.CallbackAfterModifyAdmin'), {
        contentType: 'text/plain',
      });
      expect(answer.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    } finally {
      await server.close();
    }
  });
});
