import { describe, expect, test, vi } from 'vitest';
import {
  createLiveCallbacks,
  memoryDeliveryStore,
  type DeliveryStore,
  type LiveCallbackError,
  type LiveCallbackErrorContext,
  type LiveCallbacksOptions,
} from '../../src/index.js';
import { APP, body, deferred, query, signed, NOW_MS, NOW_S } from '../dispatch/helpers.js';

const ADMIN = 'Live.CallbackAfterModifyAdmin';
const GIFT = 'Live.CallbackBeforeSendGift';
const SEATS = 'Mic.CallbackAfterSeatInfoChanged';
const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const FAILED = { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'callback handler failed' };

function setup(options: Partial<LiveCallbacksOptions> = {}) {
  const live = createLiveCallbacks({ sdkAppId: APP, dedupe: memoryDeliveryStore(), ...options });
  const errors: { error: LiveCallbackError; ctx: LiveCallbackErrorContext }[] = [];
  live.onError((error, ctx) => void errors.push({ error, ctx }));
  const codes = () => errors.map(({ error }) => error.code);
  return { live, errors, codes };
}

describe('dedupe: a redelivery of a handled event', () => {
  test('is answered OK without running the handlers again, and reported as duplicate_delivery', async () => {
    const { live, errors, codes } = setup();
    const handler = vi.fn();
    live.on(ADMIN, handler);
    live.onAny(handler);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    const again = await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect([again.status, again.body]).toEqual([200, OK]);
    expect(handler).toHaveBeenCalledTimes(2); // on() and onAny(), once each
    expect(codes()).toEqual(['duplicate_delivery']);
    expect(errors[0]?.error.status).toBe(200);
    expect(errors[0]?.ctx.command).toBe(ADMIN);
    expect(errors[0]?.error.message).toContain(`${APP}/${ADMIN}/live_lily_0412/`);
  });

  test('is recognised when re-signed later (RequestTime and Sign are not part of the key)', async () => {
    let now = NOW_MS;
    const { live, codes } = setup({ token: 'test-token-abc', now: () => now });
    const handler = vi.fn();
    live.on(ADMIN, handler);
    await live.handleLiveCallback(signed(ADMIN, NOW_S), body(ADMIN));
    now += 30_000;
    expect((await live.handleLiveCallback(signed(ADMIN, NOW_S + 30), body(ADMIN))).body).toEqual(OK);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(codes()).toEqual(['duplicate_delivery']);
  });

  test('of another app (SdkAppid) is another delivery', async () => {
    const { live, codes } = setup({ sdkAppId: [APP, 1400000002] });
    const handler = vi.fn();
    live.on(ADMIN, handler);
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    await live.handleLiveCallback(query(ADMIN, 1400000002), body(ADMIN));
    expect([handler.mock.calls.length, codes()]).toEqual([2, []]);
  });

  test('another event of the same command runs', async () => {
    const { live } = setup();
    const handler = vi.fn();
    live.on(ADMIN, handler);
    await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    await live.handleLiveCallback(query(ADMIN), body(ADMIN, { EventTime: 1795507601874 }));
    expect(handler).toHaveBeenCalledTimes(2);
  });
});

describe('dedupe: failures release the claim', () => {
  test('when a handler fails the reply is FAIL, and the retry runs the handlers again', async () => {
    const { live, codes } = setup();
    let calls = 0;
    live.on(ADMIN, () => {
      calls += 1;
      if (calls === 1) throw new Error('database down');
    });
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(FAILED);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    expect([calls, codes()]).toEqual([2, ['handler_failed', 'duplicate_delivery']]);
  });

  test('a redelivery while the first still runs is answered 409; when the first then fails, the next retry runs', async () => {
    const { live, codes } = setup();
    const gate = deferred();
    let calls = 0;
    live.on(ADMIN, async () => {
      calls += 1;
      if (calls === 1) {
        await gate.promise;
        throw new Error('failed after a while');
      }
    });
    const first = live.handleLiveCallback(query(ADMIN), body(ADMIN));
    const concurrent = await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect([concurrent.status, concurrent.body]).toEqual([409, { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'delivery_in_progress' }]);
    gate.resolve();
    expect((await first).body).toEqual(FAILED);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    expect([calls, codes()]).toEqual([2, ['delivery_in_progress', 'handler_failed']]);
  });

  test('a redelivery while the first still runs is answered 409; when the first succeeds, the next one is a duplicate', async () => {
    const { live, codes } = setup();
    const gate = deferred();
    const handler = vi.fn(() => gate.promise);
    live.on(ADMIN, handler);
    const first = live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).status).toBe(409);
    gate.resolve();
    expect((await first).body).toEqual(OK);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    expect([handler.mock.calls.length, codes()]).toEqual([1, ['delivery_in_progress', 'duplicate_delivery']]);
  });

  test('handlers that overrun the deadline: OK at the deadline, the claim settles when they finish', async () => {
    const { live, codes } = setup({ deadlineMs: 20 });
    const slow = deferred();
    let calls = 0;
    live.on(ADMIN, async () => {
      calls += 1;
      if (calls === 1) await slow.promise;
    });
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    // Still running: a redelivery must not be acknowledged yet.
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).status).toBe(409);
    slow.reject(new Error('late failure'));
    await vi.waitFor(() => expect(codes()).toContain('handler_failed'));
    // Released: the retry runs.
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    expect(calls).toBe(2);
  });
});

describe('dedupe: what is never deduplicated', () => {
  test('Before callbacks: each is decided again', async () => {
    const { live, codes } = setup();
    const decide = vi.fn();
    live.on(GIFT, decide);
    await live.handleLiveCallback(query(GIFT), body(GIFT));
    await live.handleLiveCallback(query(GIFT), body(GIFT));
    expect([decide.mock.calls.length, codes()]).toEqual([2, []]);
  });

  test('an event without a key (a seat list without EventTime) runs every time', async () => {
    const { live, codes } = setup();
    const handler = vi.fn();
    live.on(SEATS, handler);
    const withoutTime = JSON.stringify({ ...JSON.parse(body(SEATS)), EventTime: undefined });
    await live.handleLiveCallback(query(SEATS), withoutTime);
    await live.handleLiveCallback(query(SEATS), withoutTime);
    expect([handler.mock.calls.length, codes()]).toEqual([2, []]);
  });
});

describe('dedupe: each event of a batch on its own', () => {
  test('a batch holding one handled and one new event runs only the new one', async () => {
    const { live, codes } = setup();
    const seen: number[] = [];
    live.on(ADMIN, (event) => void seen.push(event.EventTime));
    const event = (time: number) => ({ ...JSON.parse(body(ADMIN)), EventTime: time });
    await live.handleLiveCallback(query(ADMIN), JSON.stringify(event(1)));
    const reply = await live.handleLiveCallback(query(ADMIN), JSON.stringify({ Events: [event(1), event(2)] }));
    expect([reply.body, seen, codes()]).toEqual([OK, [1, 2], ['duplicate_delivery']]);
  });
});

describe('dedupe: a store that fails or hangs (fail closed)', () => {
  test('a store that throws: 503 dedupe_unavailable, no handler runs', async () => {
    const broken: DeliveryStore = {
      claim: () => Promise.reject(new Error('ECONNREFUSED')),
    };
    const { live, errors } = setup({ dedupe: broken });
    const handler = vi.fn();
    live.on(ADMIN, handler);
    const reply = await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect([reply.status, reply.body.ErrorInfo, handler.mock.calls.length]).toEqual([503, 'dedupe_unavailable', 0]);
    expect(errors[0]?.error.cause).toMatchObject({ message: 'ECONNREFUSED' });
  });

  test('a store that does not answer in time: 503 at the deadline, and the claim that lands later is released', async () => {
    const late = deferred<void>();
    const release = vi.fn();
    const hanging: DeliveryStore = {
      claim: async () => {
        await late.promise;
        return { state: 'claimed', complete: () => undefined, release };
      },
    };
    const { live, codes } = setup({ dedupe: hanging, deadlineMs: 30 });
    const handler = vi.fn();
    live.on(ADMIN, handler);
    const started = Date.now();
    const reply = await live.handleLiveCallback(query(ADMIN), body(ADMIN));
    expect(Date.now() - started).toBeLessThan(500);
    expect([reply.status, codes()]).toEqual([503, ['dedupe_unavailable']]);
    late.resolve();
    await vi.waitFor(() => expect(release).toHaveBeenCalledTimes(1));
    expect(handler).not.toHaveBeenCalled();
  });

  test('a store that cannot record success: the reply stays OK (the event was handled), the failure is reported', async () => {
    const store: DeliveryStore = {
      claim: () => ({ state: 'claimed', complete: () => Promise.reject(new Error('gone')), release: () => undefined }),
    };
    const { live, codes } = setup({ dedupe: store });
    live.on(ADMIN, () => undefined);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).body).toEqual(OK);
    expect(codes()).toEqual(['dedupe_unavailable']);
  });
});

describe('memoryDeliveryStore', () => {
  test('forgets a handled key after ttlSeconds', async () => {
    let now = 0;
    const store = memoryDeliveryStore({ ttlSeconds: 10, now: () => now });
    const first = await store.claim('k');
    if (first.state !== 'claimed') throw new Error('expected a claim');
    await first.complete();
    now = 9_999;
    expect((await store.claim('k')).state).toBe('done');
    now = 10_001;
    expect((await store.claim('k')).state).toBe('claimed');
  });

  test('a claim never completed (a crashed run) expires after claimTtlSeconds, so the retry runs', async () => {
    let now = 0;
    const store = memoryDeliveryStore({ claimTtlSeconds: 5, now: () => now });
    expect((await store.claim('k')).state).toBe('claimed');
    expect((await store.claim('k')).state).toBe('running');
    now = 5_001;
    expect((await store.claim('k')).state).toBe('claimed');
  });

  test('a late release of an expired claim does not free the claim that replaced it', async () => {
    let now = 0;
    const store = memoryDeliveryStore({ claimTtlSeconds: 1, now: () => now });
    const stale = await store.claim('k');
    now = 2_000;
    const fresh = await store.claim('k');
    if (stale.state !== 'claimed' || fresh.state !== 'claimed') throw new Error('expected two claims');
    await stale.release();
    expect((await store.claim('k')).state).toBe('running');
  });

  test('keeps at most max keys, forgetting the oldest first', async () => {
    const store = memoryDeliveryStore({ max: 2 });
    for (const key of ['a', 'b', 'c']) {
      const claim = await store.claim(key);
      if (claim.state === 'claimed') await claim.complete();
    }
    expect([(await store.claim('c')).state, (await store.claim('b')).state, (await store.claim('a')).state]).toEqual([
      'done',
      'done',
      'claimed',
    ]);
  });

  test('refuses options that would quietly turn dedupe off', () => {
    expect(() => memoryDeliveryStore({ ttlSeconds: Number.NaN })).toThrow(/ttlSeconds must be a positive number/);
    expect(() => memoryDeliveryStore({ max: 0 })).toThrow(/max must be a positive number/);
    expect(() => createLiveCallbacks({ sdkAppId: APP, dedupe: {} as DeliveryStore })).toThrow(/dedupe must be a store/);
  });
});
