import { afterEach, describe, expect, test, vi } from 'vitest';
import { createLiveCallbacks, verifyLiveCallbackSignature, type LiveCallbackError } from '../../src/index.js';
import { signedQuery } from '../helpers/sign.js';
import { APP, NOW_MS, NOW_S, TOKEN, body, deferred, query, signed } from './helpers.js';

/* Issue 8's dispatcher defects: each test failed before its fix. */

const ADMIN = 'Live.CallbackAfterModifyAdmin';

function collectErrors(live: ReturnType<typeof createLiveCallbacks>): LiveCallbackError[] {
  const errors: LiveCallbackError[] = [];
  live.onError((error) => void errors.push(error));
  return errors;
}

describe('sdkAppId is checked at start-up (defect 3)', () => {
  test.each([
    ['NaN, as Number() of an unset variable gives', Number(undefined), /NaN/],
    ['0', 0, /positive integer/],
    ['a negative', -1400000000, /positive integer/],
    ['a fraction', 1400000000.5, /positive integer/],
    ['an empty string', '', /unset environment variable/],
    ['a non-digit string', '14000abc', /positive integer/],
    ['one bad id among good ones', [1400000000, Number.NaN], /NaN/],
    ['an empty list', [], /empty array/],
  ])('%s is refused with the likely cause', (_name, sdkAppId, message) => {
    expect(() => createLiveCallbacks({ sdkAppId: sdkAppId as number })).toThrow(message);
  });

  test('digit strings and safe integers are accepted, with spaces trimmed', async () => {
    const live = createLiveCallbacks({ sdkAppId: [' 1400000001 ', 1400000002] });
    expect((await live.handleLiveCallback(query(ADMIN, 1400000001), body(ADMIN))).status).toBe(200);
    expect((await live.handleLiveCallback(query(ADMIN, 1400000002), body(ADMIN))).status).toBe(200);
  });
});

describe('onError shows what broke (defect 5)', () => {
  test("a handler_failed error's message carries the first cause's message; every cause is in cause.errors", async () => {
    const live = createLiveCallbacks({ sdkAppId: APP });
    const errors = collectErrors(live);
    live.on(ADMIN, () => {
      throw new RangeError('database is down');
    });
    live.on(ADMIN, () => Promise.reject(new Error('second failure')));
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect(errors[0]?.message).toContain('RangeError: database is down');
    expect(errors[0]?.message).toContain('1 more');
    expect((errors[0]!.cause as AggregateError).errors.map((error: Error) => error.message)).toEqual([
      'database is down',
      'second failure',
    ]);
  });
});

describe('handlers can stop work at the deadline (defect 12)', () => {
  test('ctx.signal aborts when deadlineMs passes without the handler', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP, deadlineMs: 20 });
    collectErrors(live);
    const finished = deferred<AbortSignal>();
    live.on(ADMIN, async (_event, ctx) => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      finished.resolve(ctx.signal);
    });
    const reply = await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect(reply.body.ActionStatus).toBe('OK');
    const signal = await finished.promise;
    expect(signal.aborted).toBe(true);
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  test('a handler that finishes in time sees a signal that never aborts', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP, deadlineMs: 20 });
    let signal: AbortSignal | undefined;
    live.on(ADMIN, async (_event, ctx) => {
      signal = ctx.signal;
    });
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(signal?.aborted).toBe(false);
  });

  test('ctx still carries the query fields and names the source', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP });
    let seen: Record<string, unknown> = {};
    live.on(ADMIN, (_event, ctx) => {
      seen = { sdkAppId: ctx.sdkAppId, command: ctx.command, optPlatform: ctx.optPlatform, source: ctx.source, sign: ctx.sign };
    });
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect(seen).toEqual({ sdkAppId: String(APP), command: ADMIN, optPlatform: 'RESTAPI', source: 'live', sign: undefined });
  });
});

describe('the Sign cache (defect 13)', () => {
  afterEach(() => vi.restoreAllMocks());

  /** How many SHA-256 digests were computed while `run` ran: by node:crypto (Node's path) or Web Crypto. */
  async function digestsDuring(run: () => Promise<unknown>): Promise<number> {
    const webDigest = vi.spyOn(crypto.subtle, 'digest');
    const nodeHash = vi.spyOn(process.getBuiltinModule('node:crypto'), 'createHash');
    await run();
    const count = webDigest.mock.calls.length + nodeHash.mock.calls.length;
    webDigest.mockRestore();
    nodeHash.mockRestore();
    return count;
  }

  test('a sender cycling RequestTime through the whole ±60 s window hits the cache on the second round', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP, token: TOKEN, now: () => NOW_MS });
    const window = Array.from({ length: 121 }, (_, i) => NOW_S - 60 + i);
    const round = async () => {
      for (const time of window) expect((await live.handleLiveCallback(signed(ADMIN, time), body(ADMIN))).status).toBe(200);
    };
    expect(await digestsDuring(round)).toBe(121);
    expect(await digestsDuring(round)).toBe(0);
  });

  test('each dispatcher has its own cache, and the pure verify function keeps none', async () => {
    const first = createLiveCallbacks({ sdkAppId: APP, token: TOKEN, now: () => NOW_MS });
    const second = createLiveCallbacks({ sdkAppId: APP, token: TOKEN, now: () => NOW_MS });
    expect(await digestsDuring(() => first.handleLiveCallback(signed(ADMIN), body(ADMIN)))).toBe(1);
    expect(await digestsDuring(() => second.handleLiveCallback(signed(ADMIN), body(ADMIN)))).toBe(1);
    const verify = () => verifyLiveCallbackSignature(signed(ADMIN), { token: TOKEN, now: NOW_MS });
    expect(await digestsDuring(async () => [await verify(), await verify()])).toBe(2);
  });
});

describe('codes and statuses agree (defect 14)', () => {
  test('a throwing token function is token_unavailable, 503 (not a handler failure)', async () => {
    const live = createLiveCallbacks({
      sdkAppId: APP,
      token: () => {
        throw new Error('secret store unreachable');
      },
    });
    const errors = collectErrors(live);
    const reply = await live.handleLiveCallback(signed(ADMIN), body(ADMIN));
    expect([reply.status, reply.body.ErrorInfo]).toEqual([503, 'token_unavailable']);
    expect(errors.map((error) => [error.code, error.status])).toEqual([['token_unavailable', 503]]);
  });

  test('a rejecting token function is the same', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP, token: () => Promise.reject(new Error('timeout')) });
    const errors = collectErrors(live);
    expect((await live.handleLiveCallback(signed(ADMIN), body(ADMIN))).status).toBe(503);
    expect(errors[0]?.code).toBe('token_unavailable');
  });

  test('an unexpected failure inside the library is internal_error, 500, reported with its cause', async () => {
    const broken = new Error('clock broke');
    const live = createLiveCallbacks({
      sdkAppId: APP,
      token: TOKEN,
      now: () => {
        throw broken;
      },
    });
    const errors = collectErrors(live);
    const reply = await live.handleLiveCallback(signedQuery({ sdkAppId: APP, command: ADMIN, token: TOKEN }), body(ADMIN));
    expect([reply.status, reply.body.ErrorInfo]).toEqual([500, 'internal_error']);
    expect(errors.map((error) => [error.code, error.status, error.cause])).toEqual([['internal_error', 500, broken]]);
  });
});
