import { createServer } from 'node:http';
import { expect, test } from 'vitest';
import { createNodeHandler } from '../../src/adapters/node.js';
import { fixtureText } from '../helpers/fixtures.js';
import { BODY_LIMIT, describeAdapter, signed, testDispatcher } from './adapter-cases.js';
import { listenOnLoopback } from './listen.js';

describeAdapter('node:http', (live) => listenOnLoopback(createServer(createNodeHandler(live, { bodyLimit: BODY_LIMIT }))));

test('a response the app already sent is left alone, and the server keeps serving', async () => {
  const handler = createNodeHandler(testDispatcher().live);
  const server = await listenOnLoopback(
    createServer((req, res) => {
      if (req.url?.includes('early=1')) res.end('sent by the app');
      handler(req, res);
    }),
  );
  try {
    const query = signed('Live.CallbackAfterModifyAdmin');
    const early = await fetch(`${server.url}?${query}&early=1`, { method: 'POST', body: fixtureText('Live.CallbackAfterModifyAdmin') });
    expect(await early.text()).toBe('sent by the app');
    const next = await fetch(`${server.url}?${query}`, { method: 'POST', body: fixtureText('Live.CallbackAfterModifyAdmin') });
    expect(await next.json()).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
  } finally {
    await server.close();
  }
});
