import { createServer } from 'node:http';
import { expect, test } from 'vitest';
import { createNodeHandler } from '../../src/adapters/node.js';
import { fixtureText } from '../helpers/fixtures.js';
import { ADAPTER_OPTIONS, describeAdapter, signed, testDispatcher } from './adapter-cases.js';
import { trickleBody } from './clients.js';
import { listenOnLoopback } from './listen.js';

const DEFAULT_BODY_TIMEOUT_MS = 1500;

describeAdapter('node:http', (live) => listenOnLoopback(createServer(createNodeHandler(live, ADAPTER_OPTIONS))));

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

test('by default gives a body 1500 ms (the dispatcher’s default deadlineMs) before answering 408 and closing', async () => {
  const { live, errors } = testDispatcher();
  const server = await listenOnLoopback(createServer(createNodeHandler(live)));
  try {
    const { response, closedAfterMs } = await trickleBody(`${server.url}?${signed('Live.CallbackAfterModifyAdmin')}`, 100, 4000);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeGreaterThanOrEqual(DEFAULT_BODY_TIMEOUT_MS);
    expect(closedAfterMs).toBeLessThan(DEFAULT_BODY_TIMEOUT_MS + 500);
    expect(errors.map((error) => error.code)).toEqual(['request_timeout']);
  } finally {
    await server.close();
  }
});
