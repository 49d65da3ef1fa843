import { describe, expect, test, vi } from 'vitest';
import {
  createLiveCallbacks,
  memoryDeliveryStore,
  type LiveCallbackContext,
  type LiveCallbackError,
  type LiveCallbacksOptions,
  type LiveDeferredCallback,
} from '../../src/index.js';
import { APP, body, deferred, query } from '../dispatch/helpers.js';

/*
 * The core's `defer` interface with the simplest durable-enough queue: an array. What goes in must
 * survive JSON (any real queue serialises it), and a second dispatcher, the worker, runs it.
 */

const ADMIN = 'Live.CallbackAfterModifyAdmin';
const ROOM = 'Live.CallbackAfterCreateRoom';
const GIFT = 'Live.CallbackBeforeSendGift';
const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

function setup(options: Partial<LiveCallbacksOptions> = {}) {
  const queue: string[] = [];
  const live = createLiveCallbacks({
    sdkAppId: APP,
    defer: async (callback) => void queue.push(JSON.stringify(callback)),
    ...options,
  });
  const errors: LiveCallbackError[] = [];
  live.onError((error) => void errors.push(error));
  const codes = () => errors.map((error) => error.code);
  return { live, queue, codes };
}

function worker() {
  const live = createLiveCallbacks({ sdkAppId: APP });
  const errors: LiveCallbackError[] = [];
  live.onError((error) => void errors.push(error));
  return { live, errors };
}

describe('defer: the receiving side', () => {
  test('an After callback is stored, not run, and the reply waits until it is stored', async () => {
    const stored = deferred();
    const calls: LiveDeferredCallback[] = [];
    const { live } = setup({
      defer: async (callback) => {
        calls.push(callback);
        await stored.promise;
      },
    });
    const inline = vi.fn();
    live.on(ADMIN, inline);
    let replied = false;
    const reply = live.handleLiveCallback(query(ADMIN), body(ADMIN)).then((result) => {
      replied = true;
      return result;
    });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(replied).toBe(false);
    stored.resolve();
    expect((await reply).body).toEqual(OK);
    expect(inline).not.toHaveBeenCalled();
    expect(calls[0]).toMatchObject({
      deliveryKey: `${APP}/${ADMIN}/live_lily_0412/1795507601873/add/${calls[0]?.deliveryKey?.split('/').pop()}`,
      event: { CallbackCommand: ADMIN, RoomId: 'live_lily_0412' },
      query: { sdkAppId: String(APP), command: ADMIN, clientIp: '203.0.113.7' },
      source: 'live',
    });
  });

  test('a defer that rejects, or takes longer than the deadline, answers 503 defer_failed', async () => {
    const failing = setup({ defer: () => Promise.reject(new Error('queue full')) });
    const reply = await failing.live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect([reply.status, reply.body.ErrorInfo, failing.codes()]).toEqual([503, 'defer_failed', ['defer_failed']]);

    const slow = setup({ defer: () => new Promise(() => undefined), deadlineMs: 30 });
    const started = Date.now();
    expect((await slow.live.handleLiveCallback(query(ADMIN), body(ADMIN))).status).toBe(503);
    expect(Date.now() - started).toBeLessThan(500);
  });

  test('Before callbacks are never deferred: they are decided in the request', async () => {
    const { live, queue } = setup();
    const decide = vi.fn();
    live.on(GIFT, decide);
    await live.handleLiveCallback(query(GIFT), body(GIFT));
    expect([queue.length, decide.mock.calls.length]).toEqual([0, 1]);
  });

  test('deferCommands picks the queued commands (a list or a function); the others run inline', async () => {
    for (const deferCommands of [[ROOM] as const, (command: string) => command === ROOM]) {
      const { live, queue } = setup({ deferCommands });
      const inline = vi.fn();
      live.on([ADMIN, ROOM], inline);
      await live.handleLiveCallback(query(ADMIN), body(ADMIN));
      await live.handleLiveCallback(query(ROOM), body(ROOM));
      expect(queue.map((job) => (JSON.parse(job) as LiveDeferredCallback).event.CallbackCommand)).toEqual([ROOM]);
      expect(inline.mock.calls.map(([event]) => event.CallbackCommand)).toEqual([ADMIN]);
    }
  });

  test('deferCommands refuses a Before command, and needs defer', () => {
    const defer = async () => undefined;
    expect(() => createLiveCallbacks({ sdkAppId: APP, defer, deferCommands: [GIFT as never] })).toThrow(/not an After command/);
    expect(() => createLiveCallbacks({ sdkAppId: APP, deferCommands: [ADMIN] })).toThrow(/needs defer/);
  });

  test('with dedupe: a redelivery is not stored again, and a failed store releases the claim for the retry', async () => {
    let failNext = true;
    const stored: string[] = [];
    const { live, codes } = setup({
      dedupe: memoryDeliveryStore(),
      defer: async (callback) => {
        if (failNext) {
          failNext = false;
          throw new Error('queue down');
        }
        stored.push(callback.deliveryKey ?? '');
      },
    });
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).status).toBe(503);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    expect([stored.length, codes()]).toEqual([1, ['defer_failed', 'duplicate_delivery']]);
  });
});

describe('defer: the working side (handleDeferredCallback)', () => {
  test('runs the typed handlers and onAny, with ctx.queued and the original query fields', async () => {
    const { live, queue } = setup();
    await live.handleLiveCallback(query(ADMIN), body(ADMIN, { Admin_Account: ['mod_a'] }));
    const { live: work } = worker();
    const seen: { admins: string[]; ctx: LiveCallbackContext }[] = [];
    work.on(ADMIN, (event, ctx) => void seen.push({ admins: event.Admin_Account, ctx }));
    const any = vi.fn();
    work.onAny(any);
    await work.handleDeferredCallback(JSON.parse(queue[0] as string), { attempt: 3, jobId: 'job-7' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.admins).toEqual(['mod_a']);
    expect(seen[0]?.ctx).toMatchObject({
      queued: { attempt: 3, jobId: 'job-7' },
      sdkAppId: String(APP),
      optPlatform: 'RESTAPI',
      source: 'live',
    });
    expect(seen[0]?.ctx.signal.aborted).toBe(false);
    expect(any).toHaveBeenCalledTimes(1);
  });

  test('rejects with handler_failed when a handler fails (so the queue retries), and tells onError', async () => {
    const { live, queue } = setup();
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    const { live: work, errors } = worker();
    work.on(ADMIN, () => {
      throw new Error('db down');
    });
    await expect(work.handleDeferredCallback(JSON.parse(queue[0] as string))).rejects.toMatchObject({ code: 'handler_failed' });
    expect(errors.map((error) => error.code)).toEqual(['handler_failed']);
  });

  test('rejects with invalid_payload a job that is not a deferred After callback', async () => {
    const { live: work } = worker();
    await expect(work.handleDeferredCallback({} as LiveDeferredCallback)).rejects.toMatchObject({ code: 'invalid_payload' });
    const gift = { event: JSON.parse(body(GIFT)), query: { sdkAppId: String(APP) }, source: 'live' } as LiveDeferredCallback;
    await expect(work.handleDeferredCallback(gift)).rejects.toThrow(/Before callback/);
    const broken = { event: { CallbackCommand: ADMIN }, query: { sdkAppId: String(APP) }, source: 'live' } as LiveDeferredCallback;
    await expect(work.handleDeferredCallback(broken)).rejects.toMatchObject({ code: 'invalid_payload' });
  });

  test('inline handlers have no ctx.queued', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP });
    const seen: unknown[] = [];
    live.on(ADMIN, (_event, ctx) => void seen.push(ctx.queued, 'queued' in ctx));
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect(seen).toEqual([undefined, false]);
  });
});
