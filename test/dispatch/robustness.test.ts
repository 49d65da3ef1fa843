import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { allow, createLiveCallbacks, reject, type LiveCallbackReply } from '../../src/index.js';
import { APP, TOKEN, NOW_MS, body, query, signed } from './helpers.js';

const GIFT = 'Live.CallbackBeforeSendGift';
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

function isWellFormed(reply: LiveCallbackReply): boolean {
  return (
    Number.isInteger(reply.status) &&
    reply.headers['content-type'] === 'application/json; charset=utf-8' &&
    (reply.body.ActionStatus === 'OK' || reply.body.ActionStatus === 'FAIL') &&
    typeof reply.body.ErrorCode === 'number' &&
    typeof reply.body.ErrorInfo === 'string'
  );
}

describe('handleLiveCallback never throws and never rejects', () => {
  test('whatever query and body it is given', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP, token: TOKEN, now: () => NOW_MS });
    live.onError(() => undefined);
    const anything = fc.oneof(fc.anything(), fc.string(), fc.uint8Array(), fc.constant(undefined), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(anything, anything, async (queryInput, bodyInput) => {
        const reply = await live.handleLiveCallback(queryInput as never, bodyInput as never);
        expect(isWellFormed(reply)).toBe(true);
        expect(reply.status).not.toBe(200);
      }),
      { numRuns: 300 },
    );
  });

  test('for any body behind a valid query, the reply is well formed', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP });
    live.onError(() => undefined);
    live.onUnknown(() => undefined);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string(), fc.object()), async (bodyInput) => {
        expect(isWellFormed(await live.handleLiveCallback(query('Live.CallbackAfterModifyAdmin'), bodyInput))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('even when onError itself throws', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const live = createLiveCallbacks({ sdkAppId: APP });
    live.onError(() => {
      throw new Error('onError broke');
    });
    live.onError(async () => Promise.reject(new Error('async onError broke')));
    const reply = await live.handleLiveCallback(query('Live.CallbackAfterModifyAdmin', 1), body('Live.CallbackAfterModifyAdmin'));
    expect(reply.status).toBe(403);
    await vi.waitFor(() => expect(consoleError).toHaveBeenCalledTimes(2));
    consoleError.mockRestore();
    expect(unhandled).toEqual([]);
  });

  test('errors are not silently dropped: without onError they go to console.error', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const live = createLiveCallbacks({ sdkAppId: APP });
    await live.handleLiveCallback(query('Live.CallbackAfterModifyAdmin'), 'nope');
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid_json' }));
    consoleError.mockRestore();
  });

  test('works destructured', async () => {
    const { on, handleLiveCallback } = createLiveCallbacks({ sdkAppId: APP });
    const handler = vi.fn();
    on('Live.CallbackAfterModifyAdmin', handler);
    expect((await handleLiveCallback(query('Live.CallbackAfterModifyAdmin'), body('Live.CallbackAfterModifyAdmin'))).status).toBe(200);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('many callbacks in flight', () => {
  test('200 concurrent signed gifts each get their own decision', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP, token: TOKEN, now: () => NOW_MS });
    live.on(GIFT, async (event) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      return event.GiftWater.Count % 2 === 0 ? allow() : reject(102100 + (event.GiftWater.Count % 100), `count ${event.GiftWater.Count}`);
    });
    const fixture = JSON.parse(body(GIFT)) as { GiftWater: Record<string, unknown> };
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, count) =>
        live.handleLiveCallback(signed(GIFT), JSON.stringify({ ...fixture, GiftWater: { ...fixture.GiftWater, Count: count } })),
      ),
    );
    replies.forEach((reply, count) => {
      expect(reply.body.ErrorCode).toBe(count % 2 === 0 ? 0 : 102100 + (count % 100));
      if (count % 2 === 1) expect(reply.body.ErrorInfo).toBe(`count ${count}`);
    });
    expect(unhandled).toEqual([]);
  });
});

describe('adapter-level errors', () => {
  test("a refusal before dispatch (the adapters' hook) tells onError and returns the status for the error", async () => {
    const { LiveCallbackError } = await import('../../src/index.js');
    const { refuseRequest } = await import('../../src/adapters/shared.js');
    const live = createLiveCallbacks({ sdkAppId: APP });
    const codes: string[] = [];
    live.onError((error, ctx) => void codes.push(`${error.code}:${ctx.query?.sdkAppId ?? '-'}`));
    const reply = refuseRequest(live, new LiveCallbackError('body_too_large', 'too big'), query('x'));
    expect(reply.status).toBe(413);
    expect(codes).toEqual([`body_too_large:${APP}`]);
  });

  test('the hook is not on the dispatcher users hold', () => {
    expect(Object.keys(createLiveCallbacks({ sdkAppId: APP })).sort()).toEqual([
      'handleDeferredCallback',
      'handleLiveCallback',
      'off',
      'on',
      'onAny',
      'onError',
      'onUnknown',
    ]);
  });
});
