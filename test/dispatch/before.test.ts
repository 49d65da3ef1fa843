import { describe, expect, test, vi } from 'vitest';
import {
  allow,
  createLiveCallbacks,
  drop,
  reject,
  replaceMessage,
  type LiveCallbackError,
  type LiveCallbacksOptions,
} from '../../src/index.js';
import { APP, body, deferred, query } from './helpers.js';

const GIFT = 'Live.CallbackBeforeSendGift';
const MSG = 'Group.CallbackBeforeSendMsg';
const ALLOWED = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
/** The reject fallback, whose ErrorInfo says why no decision came (never the error's own message). */
const rejected = (why: string) => ({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: why });
const FALLBACK_REJECT = rejected('no decision in time');
const HANDLER_FAILED = 'no decision: a handler failed';

function setup(options: Partial<LiveCallbacksOptions> = {}) {
  const live = createLiveCallbacks({ sdkAppId: APP, ...options });
  const errors: LiveCallbackError[] = [];
  live.onError((error) => void errors.push(error));
  return { live, errors };
}

function gift(coins: number): string {
  const fixture = JSON.parse(body(GIFT)) as { GiftWater: Record<string, unknown> };
  return JSON.stringify({ ...fixture, GiftWater: { ...fixture.GiftWater, Coins: coins } });
}

describe('Before callbacks: the decision becomes the reply', () => {
  test('a gift handler can allow or reject with a pass-through code', async () => {
    const { live } = setup();
    live.on(GIFT, (event) => (event.GiftWater.Coins > 10_000 ? reject(102101, 'daily limit reached') : allow()));
    expect((await live.handleLiveCallback(query(GIFT), gift(5))).body).toEqual(ALLOWED);
    expect((await live.handleLiveCallback(query(GIFT), gift(50_000))).body).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 102101,
      ErrorInfo: 'daily limit reached',
    });
  });

  test('no handler at all means allow', async () => {
    const { live } = setup();
    expect((await live.handleLiveCallback(query(GIFT), gift(5))).body).toEqual(ALLOWED);
  });

  test('a handler returning nothing counts as allow', async () => {
    const { live } = setup();
    live.on(GIFT, () => undefined);
    expect((await live.handleLiveCallback(query(GIFT), gift(5))).body).toEqual(ALLOWED);
  });

  test('a group message can be dropped (ErrorCode 2) or rewritten', async () => {
    const { live } = setup();
    let decide: () => ReturnType<typeof drop> | ReturnType<typeof replaceMessage> = drop;
    live.on(MSG, () => decide());
    expect((await live.handleLiveCallback(query(MSG), body(MSG))).body).toEqual({ ActionStatus: 'OK', ErrorCode: 2, ErrorInfo: '' });
    const MsgBody = [{ MsgType: 'TIMTextElem' as const, MsgContent: { Text: '***' } }];
    decide = () => replaceMessage({ MsgBody, CloudCustomData: 'filtered' });
    expect((await live.handleLiveCallback(query(MSG), body(MSG))).body).toEqual({ ...ALLOWED, MsgBody, CloudCustomData: 'filtered' });
  });

  test('several handlers: the most restrictive decision wins, the first registered among equals', async () => {
    const { live } = setup();
    live.on(MSG, () => replaceMessage({ CloudCustomData: 'a' }));
    live.on(MSG, () => reject(10101, 'first reject'));
    live.on(MSG, async () => allow());
    live.on(MSG, () => reject(10102, 'second reject'));
    live.on(MSG, () => drop());
    expect((await live.handleLiveCallback(query(MSG), body(MSG))).body).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 10101,
      ErrorInfo: 'first reject',
    });
  });

  test('a throwing handler answers the reject fallback and reaches onError', async () => {
    const { live, errors } = setup();
    live.on(GIFT, () => allow());
    live.on(GIFT, () => {
      throw new Error('wallet service down');
    });
    const reply = await live.handleLiveCallback(query(GIFT), gift(5));
    expect(reply).toMatchObject({ status: 200, body: rejected(HANDLER_FAILED) });
    expect(JSON.stringify(reply.body)).not.toContain('wallet');
    expect(errors.map((error) => error.code)).toEqual(['handler_failed']);
  });

  test('beforeFallback: allow lets it through when a handler fails', async () => {
    const { live } = setup({ beforeFallback: 'allow' });
    live.on(GIFT, () => Promise.reject(new Error('down')));
    expect((await live.handleLiveCallback(query(GIFT), gift(5))).body).toEqual({ ...ALLOWED, ErrorInfo: HANDLER_FAILED });
  });

  test('a decision the command does not support counts as a failure', async () => {
    const { live, errors } = setup();
    // @ts-expect-error drop() is for group messages only
    live.on(GIFT, () => drop());
    expect((await live.handleLiveCallback(query(GIFT), gift(5))).body).toEqual(rejected(HANDLER_FAILED));
    expect((errors[0]!.cause as AggregateError).errors[0]).toBeInstanceOf(TypeError);
  });

  test('an invalid Before payload answers the fallback, not 400, and no handler runs', async () => {
    const { live, errors } = setup();
    const handler = vi.fn(() => allow());
    live.on(GIFT, handler);
    const reply = await live.handleLiveCallback(query(GIFT), JSON.stringify({ CallbackCommand: GIFT, RoomId: 42 }));
    expect(reply).toMatchObject({ status: 200, body: rejected('no decision: the payload was invalid') });
    expect(errors[0]?.code).toBe('invalid_payload');
    expect(handler).not.toHaveBeenCalled();
  });

  test('a decision that misses the deadline answers the fallback in time', async () => {
    const { live, errors } = setup({ deadlineMs: 20 });
    const late = deferred<ReturnType<typeof allow>>();
    live.on(GIFT, () => late.promise);
    const reply = await live.handleLiveCallback(query(GIFT), gift(5));
    expect(reply.body).toEqual(FALLBACK_REJECT);
    expect(errors.map((error) => error.code)).toEqual(['deadline_exceeded']);
    late.resolve(allow());
  });

  test('a failing onAny observer is reported but does not change the decision', async () => {
    const { live, errors } = setup();
    live.on(GIFT, () => reject(102150, 'no'));
    live.onAny(() => {
      throw new Error('logger broke');
    });
    expect((await live.handleLiveCallback(query(GIFT), gift(5))).body).toEqual({ ActionStatus: 'OK', ErrorCode: 102150, ErrorInfo: 'no' });
    expect(errors.map((error) => error.code)).toEqual(['handler_failed']);
  });

  test('reject() refuses a zero or non-integer code', () => {
    expect(() => reject(0)).toThrow(RangeError);
    expect(() => reject(1.5)).toThrow(RangeError);
    expect(reject()).toEqual({ kind: 'reject', code: 1, info: '' });
  });
});
