import { METHODS, request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLiveCallbacks, reject, type LiveCallbackError, type LiveCallbacks } from '../../src/index.js';
import { fixtureJson, fixtureText } from '../helpers/fixtures.js';
import { signedQuery } from '../helpers/sign.js';
import { abortMidBody, sendMethod, trickleBody, uploadDeclared } from './clients.js';

/*
 * The cases every adapter must pass, over real HTTP on 127.0.0.1. Each framework's test file only
 * says how to start its server around a dispatcher; everything else is here, once.
 */

export const APP = 1400000001;
export const TOKEN = 'integration-token';
/** Small, so the 413 cases stay cheap; the fixtures are far below it. */
export const BODY_LIMIT = 16 * 1024;
/** Short, so the slow-body case stays fast; the default is 1500 ms. */
export const BODY_TIMEOUT_MS = 300;
/** The adapter options every framework is started with for the shared cases. */
export const ADAPTER_OPTIONS = { bodyLimit: BODY_LIMIT, bodyTimeoutMs: BODY_TIMEOUT_MS } as const;
export const CALLBACK_PATH = '/tencent/live/callback';

/** Every method node:http parses, but POST and CONNECT (which node:http hands to 'connect' listeners, never to a route). */
export const OTHER_METHODS: readonly string[] = METHODS.filter((method) => method !== 'POST' && method !== 'CONNECT');

export interface RunningServer {
  /** The callback URL without a query, e.g. `http://127.0.0.1:54321/tencent/live/callback`. */
  url: string;
  /** The methods other than POST the framework routes at all; default OTHER_METHODS. */
  otherMethods?: readonly string[];
  close(): Promise<void>;
}

/** Starts the framework on 127.0.0.1 port 0 with the adapter mounted at CALLBACK_PATH with ADAPTER_OPTIONS. */
export type StartServer = (live: LiveCallbacks) => Promise<RunningServer>;

/** A dispatcher like a user's: this app, this token, and every error it is told about kept for the test. */
export function testDispatcher(): { live: LiveCallbacks; errors: LiveCallbackError[] } {
  const errors: LiveCallbackError[] = [];
  const live = createLiveCallbacks({ sdkAppId: APP, token: TOKEN });
  live.onError((error) => {
    errors.push(error);
  });
  return { live, errors };
}

export function signed(command: string, sdkAppId: number = APP): string {
  return signedQuery({ sdkAppId, command, token: TOKEN });
}

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** POSTs (or sends `method`) to the callback URL and reads the JSON answer. */
export async function send(
  url: string,
  query: string,
  body?: string,
  init: { method?: string; contentType?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${url}?${query}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': init.contentType ?? 'application/json' },
    ...(body === undefined ? {} : { body }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

/**
 * Streams `total` bytes with chunked encoding (no Content-Length) and resolves with the status of the
 * answer and how many bytes had been handed to the socket by then. node:http, not fetch: fetch
 * fails the whole exchange when the server answers before the upload is done.
 */
export function streamHuge(url: string, query: string, total: number): Promise<{ status: number; sentBeforeAnswer: number }> {
  return new Promise((resolve, rejectPromise) => {
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let sent = 0;
    const source = new Readable({
      read() {
        if (sent >= total) this.push(null);
        else {
          sent += chunk.length;
          this.push(chunk);
        }
      },
    });
    const req = httpRequest(`${url}?${query}`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      const sentBeforeAnswer = sent;
      res.resume();
      source.destroy();
      req.destroy();
      resolve({ status: res.statusCode ?? 0, sentBeforeAnswer });
    });
    req.on('error', (error) => {
      // The server may close the socket under a still-writing upload; only an error before any answer counts.
      if (sent < total) return;
      rejectPromise(error);
    });
    source.pipe(req);
  });
}

/** Resolves once `condition()` holds, or after `withinMs` (the assertion that follows then fails). */
async function until(condition: () => boolean, withinMs: number): Promise<void> {
  const giveUpAt = Date.now() + withinMs;
  while (!condition() && Date.now() < giveUpAt) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** The shared cases, by name, so a framework can leave out the ones its own setup answers instead. */
export type AdapterCase =
  | 'roundTrip'
  | 'longId'
  | 'wrongApp'
  | 'badSign'
  | 'tooLarge'
  | 'endlessUpload'
  | 'hugeDeclaredUpload'
  | 'slowBody'
  | 'abortedUpload'
  | 'wrongMethod'
  | 'malformedJson'
  | 'beforeDecision'
  | 'throwingHandler'
  | 'concurrency';

export interface AdapterCaseOptions {
  /** Cases that do not apply, e.g. because a body parser ahead of the adapter answers them itself. Say why at the call. */
  except?: readonly AdapterCase[];
}

/** Every case of the adapter contract, for one framework. */
export function describeAdapter(name: string, start: StartServer, options: AdapterCaseOptions = {}): void {
  describe(`${name} adapter over 127.0.0.1`, () => {
    const { live, errors } = testDispatcher();
    let server: RunningServer;
    const seen: unknown[] = [];

    live.on('Live.CallbackAfterModifyAdmin', (event) => {
      seen.push(event);
    });
    live.on('Live.CallbackBeforeSendGift', (event) =>
      // The decision depends on the request, so each concurrent reply can be matched to its request.
      event.GiftWater.Count >= 100 ? reject(100_000 + event.GiftWater.Count, `no ${event.GiftWater.GiftId}`) : undefined,
    );
    live.on('Live.CallbackAfterDestroyRoom', () => {
      throw new Error('database down');
    });

    beforeAll(async () => {
      server = await start(live);
    });
    afterAll(async () => {
      await server.close();
    });

    const cases: Record<AdapterCase, () => void> = {
      roundTrip: () =>
        test('answers a signed fixture 200 OK as JSON and hands its handler the parsed event', async () => {
          seen.length = 0;
          const answer = await send(server.url, signed('Live.CallbackAfterModifyAdmin'), fixtureText('Live.CallbackAfterModifyAdmin'));
          expect(answer.status).toBe(200);
          expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
          expect(answer.headers.get('connection')).not.toBe('close'); // only a body left unread closes the connection
          expect(answer.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
          expect(seen).toEqual([fixtureJson('Live.CallbackAfterModifyAdmin')]);
        }),

      longId: () =>
        test('keeps an unquoted 18-digit account ID exact', async () => {
          seen.length = 0;
          const text = fixtureText('Live.CallbackAfterModifyAdmin').replace('"host_lily"', '144115212345678901');
          const answer = await send(server.url, signed('Live.CallbackAfterModifyAdmin'), text);
          expect(answer.status).toBe(200);
          expect(seen).toMatchObject([{ Operator_Account: '144115212345678901' }]);
        }),

      wrongApp: () =>
        test('answers 403 to another SdkAppid, and no handler runs', async () => {
          seen.length = 0;
          const answer = await send(
            server.url,
            signed('Live.CallbackAfterModifyAdmin', APP + 1),
            fixtureText('Live.CallbackAfterModifyAdmin'),
          );
          expect(answer.status).toBe(403);
          expect(answer.body).toMatchObject({ ActionStatus: 'FAIL', ErrorInfo: 'sdk_app_id_mismatch' });
          expect(seen).toEqual([]);
        }),

      badSign: () =>
        test('answers 401 to a Sign made with another token', async () => {
          seen.length = 0;
          const forged = signedQuery({ sdkAppId: APP, command: 'Live.CallbackAfterModifyAdmin', token: 'not-the-token' });
          const answer = await send(server.url, forged, fixtureText('Live.CallbackAfterModifyAdmin'));
          expect(answer.status).toBe(401);
          expect(answer.body).toMatchObject({ ActionStatus: 'FAIL', ErrorInfo: 'invalid_signature' });
          expect(seen).toEqual([]);
        }),

      tooLarge: () =>
        test('answers 413 to a body over bodyLimit and tells onError', async () => {
          errors.length = 0;
          const answer = await send(server.url, signed('Live.CallbackAfterModifyAdmin'), `{"pad":"${'x'.repeat(BODY_LIMIT)}"}`);
          expect(answer.status).toBe(413);
          expect(answer.body).toMatchObject({ ActionStatus: 'FAIL', ErrorInfo: 'body_too_large' });
          expect(errors.map((error) => error.code)).toEqual(['body_too_large']);
        }),

      endlessUpload: () =>
        test('answers 413 to an endless chunked upload long before it ends', async () => {
          const total = 64 * 1024 * 1024;
          const { status, sentBeforeAnswer } = await streamHuge(server.url, signed('Live.CallbackAfterModifyAdmin'), total);
          expect(status).toBe(413);
          expect(sentBeforeAnswer).toBeLessThan(total / 2);
        }),

      hugeDeclaredUpload: () =>
        test('lets the client read the 413 for a declared 10 MB upload, every time (no reset before the reply)', async () => {
          const url = `${server.url}?${signed('Live.CallbackAfterModifyAdmin')}`;
          for (let attempt = 0; attempt < 3; attempt += 1) {
            expect(await uploadDeclared(url, 10 * 1024 * 1024)).toEqual({ status: 413, error: undefined });
          }
        }),

      slowBody: () =>
        test('answers 408 to a body sent one byte per 100 ms and closes the connection within bodyTimeoutMs', async () => {
          errors.length = 0;
          const { response, closedAfterMs } = await trickleBody(`${server.url}?${signed('Live.CallbackAfterModifyAdmin')}`, 100, 3000);
          expect(response).toMatch(/^HTTP\/1\.1 408 /);
          expect(response).toContain('"ErrorInfo":"request_timeout"');
          expect(closedAfterMs).toBeLessThan(BODY_TIMEOUT_MS + 500);
          expect(errors.map((error) => error.code)).toEqual(['request_timeout']);
        }),

      abortedUpload: () =>
        test('tells onError request_aborted, not invalid_json, when the client goes away mid-body', async () => {
          errors.length = 0;
          await abortMidBody(`${server.url}?${signed('Live.CallbackAfterModifyAdmin')}`, 50);
          await until(() => errors.length > 0, 1000);
          expect(errors.map((error) => error.code)).toEqual(['request_aborted']);
        }),

      wrongMethod: () =>
        test('answers 405 with Allow: POST to every other method the framework routes, TRACE and QUERY included', async () => {
          const url = `${server.url}?${signed('Live.CallbackAfterModifyAdmin')}`;
          const methods = server.otherMethods ?? OTHER_METHODS;
          expect(methods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'TRACE', 'QUERY']));
          const answers = await Promise.all(methods.map((method) => sendMethod(url, method)));
          expect(answers.map((answer, index) => `${methods[index]} ${answer.status} ${answer.allow}`)).toEqual(
            methods.map((method) => `${method} 405 POST`),
          );
          expect(JSON.parse(answers[methods.indexOf('GET')]?.text ?? '')).toMatchObject({
            ActionStatus: 'FAIL',
            ErrorInfo: 'method_not_allowed',
          });
        }),

      malformedJson: () =>
        test('answers 400 to malformed JSON', async () => {
          const answer = await send(
            server.url,
            signed('Live.CallbackAfterModifyAdmin'),
            '{"CallbackCommand": "Live.CallbackAfterModifyAdmin",',
          );
          expect(answer.status).toBe(400);
          expect(answer.body).toMatchObject({ ActionStatus: 'FAIL', ErrorInfo: 'invalid_json' });
        }),

      beforeDecision: () =>
        test("carries a Before gift handler's rejection into the HTTP reply", async () => {
          const gift = fixtureJson('Live.CallbackBeforeSendGift') as { GiftWater: Record<string, unknown> };
          const body = JSON.stringify({ ...gift, GiftWater: { ...gift.GiftWater, GiftId: 'yacht', Count: 120 } });
          const answer = await send(server.url, signed('Live.CallbackBeforeSendGift'), body);
          expect(answer.status).toBe(200);
          expect(answer.body).toEqual({ ActionStatus: 'OK', ErrorCode: 100_120, ErrorInfo: 'no yacht' });
        }),

      throwingHandler: () =>
        test('answers a throwing handler with 200 FAIL and keeps serving', async () => {
          errors.length = 0;
          const failed = await send(server.url, signed('Live.CallbackAfterDestroyRoom'), fixtureText('Live.CallbackAfterDestroyRoom'));
          expect(failed.status).toBe(200);
          expect(failed.body).toMatchObject({ ActionStatus: 'FAIL' });
          expect(JSON.stringify(failed.body)).not.toContain('database down');
          expect(errors.map((error) => error.code)).toEqual(['handler_failed']);

          const next = await send(server.url, signed('Live.CallbackAfterModifyAdmin'), fixtureText('Live.CallbackAfterModifyAdmin'));
          expect(next.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
        }),

      concurrency: () =>
        test('answers 200 concurrent requests, each with its own decision', async () => {
          const gift = fixtureJson('Live.CallbackBeforeSendGift') as { GiftWater: Record<string, unknown> };
          const counts = Array.from({ length: 200 }, (_, index) => 100 + index);
          const answers = await Promise.all(
            counts.map((count) =>
              send(
                server.url,
                signed('Live.CallbackBeforeSendGift'),
                JSON.stringify({ ...gift, GiftWater: { ...gift.GiftWater, GiftId: `gift_${count}`, Count: count } }),
              ),
            ),
          );
          expect(answers.map((answer) => answer.status)).toEqual(counts.map(() => 200));
          expect(answers.map((answer) => answer.body)).toEqual(
            counts.map((count) => ({ ActionStatus: 'OK', ErrorCode: 100_000 + count, ErrorInfo: `no gift_${count}` })),
          );
        }),
    };
    for (const [id, register] of Object.entries(cases) as [AdapterCase, () => void][]) {
      if (!(options.except ?? []).includes(id)) register();
    }
  });
}
