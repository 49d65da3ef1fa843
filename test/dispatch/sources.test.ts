import { describe, expect, test, vi } from 'vitest';
import { createLiveCallbacks, type LiveCallbackError } from '../../src/index.js';
import { signedQuery } from '../helpers/sign.js';
import { APP, NOW_MS, body, query } from './helpers.js';

/* Two URLs, two tokens (issue 9): Live callbacks are signed with the Live token, Chat ones with the Chat token. */

const LIVE_TOKEN = 'live-token';
const CHAT_TOKEN = 'chat-token';
const ADMIN = 'Live.CallbackAfterModifyAdmin';
const GROUP_MSG = 'Group.CallbackAfterSendMsg';
const GROUP_BEFORE = 'Group.CallbackBeforeSendMsg';
const GIFT = 'Live.CallbackBeforeSendGift';

function signedWith(token: string, command: string | undefined): string {
  return signedQuery({ sdkAppId: APP, ...(command !== undefined && { command }), token, requestTime: NOW_MS / 1000 });
}

function setup() {
  const live = createLiveCallbacks({ sdkAppId: APP, token: { live: LIVE_TOKEN, chat: CHAT_TOKEN }, now: () => NOW_MS });
  const seen: string[] = [];
  const errors: LiveCallbackError[] = [];
  live.on([ADMIN, GROUP_MSG], (event, ctx) => void seen.push(`${event.CallbackCommand}@${ctx.source}`));
  live.onError((error) => void errors.push(error));
  return { live, seen, errors };
}

describe('each source is verified with its own token', () => {
  test('a Live command passes with the Live token and not with the Chat token', async () => {
    const { live, seen } = setup();
    expect((await live.handleLiveCallback(signedWith(LIVE_TOKEN, ADMIN), body(ADMIN))).status).toBe(200);
    expect((await live.handleLiveCallback(signedWith(CHAT_TOKEN, ADMIN), body(ADMIN))).status).toBe(401);
    expect(seen).toEqual([`${ADMIN}@live`]);
  });

  test('a Chat command passes with the Chat token and not with the Live token', async () => {
    const { live, seen } = setup();
    expect((await live.handleLiveCallback(signedWith(CHAT_TOKEN, GROUP_MSG), body(GROUP_MSG))).status).toBe(200);
    expect((await live.handleLiveCallback(signedWith(LIVE_TOKEN, GROUP_MSG), body(GROUP_MSG))).status).toBe(401);
    expect(seen).toEqual([`${GROUP_MSG}@chat`]);
  });

  test('a Chat-token request carrying a Live body is refused (403 source_mismatch), and no handler runs', async () => {
    const { live, seen, errors } = setup();
    const reply = await live.handleLiveCallback(signedWith(CHAT_TOKEN, GROUP_MSG), body(ADMIN));
    expect([reply.status, reply.body.ErrorInfo]).toEqual([403, 'source_mismatch']);
    expect(errors.map((error) => error.code)).toEqual(['source_mismatch']);
    expect(seen).toEqual([]);
  });

  test('a Live-token request carrying a Chat body is refused the same way', async () => {
    const { live, seen } = setup();
    const reply = await live.handleLiveCallback(signedWith(LIVE_TOKEN, ADMIN), body(GROUP_MSG));
    expect([reply.status, reply.body.ErrorInfo]).toEqual([403, 'source_mismatch']);
    expect(seen).toEqual([]);
  });

  test('a query without CallbackCommand is verified against either token, and its body must match that source', async () => {
    const { live, seen } = setup();
    expect((await live.handleLiveCallback(signedWith(CHAT_TOKEN, undefined), body(GROUP_MSG))).status).toBe(200);
    expect((await live.handleLiveCallback(signedWith(CHAT_TOKEN, undefined), body(ADMIN))).status).toBe(403);
    expect((await live.handleLiveCallback(signedWith('some-other-token', undefined), body(ADMIN))).status).toBe(401);
    expect(seen).toEqual([`${GROUP_MSG}@chat`]);
  });

  test('an unknown command is Live for Live.* and Mic.*, Chat for the rest', async () => {
    const { live, errors } = setup();
    const unknown: string[] = [];
    live.onUnknown((event, ctx) => void unknown.push(`${String(event.CallbackCommand)}@${ctx.source}`));
    const newChat = JSON.stringify({ CallbackCommand: 'Group.CallbackAfterSomethingNew', GroupId: 'g' });
    const newLive = JSON.stringify({ CallbackCommand: 'Live.CallbackAfterSomethingNew', RoomId: 'r' });
    expect((await live.handleLiveCallback(signedWith(CHAT_TOKEN, 'Group.CallbackAfterSomethingNew'), newChat)).status).toBe(200);
    expect((await live.handleLiveCallback(signedWith(LIVE_TOKEN, 'Live.CallbackAfterSomethingNew'), newLive)).status).toBe(200);
    expect((await live.handleLiveCallback(signedWith(CHAT_TOKEN, 'Live.CallbackAfterSomethingNew'), newLive)).status).toBe(401);
    expect(unknown).toEqual(['Group.CallbackAfterSomethingNew@chat', 'Live.CallbackAfterSomethingNew@live']);
    expect(errors.map((error) => error.code)).toEqual(['invalid_signature']);
  });

  test('a token function is asked per app and source; a source left out is not signature-checked', async () => {
    const asked: string[] = [];
    const live = createLiveCallbacks({
      sdkAppId: APP,
      now: () => NOW_MS,
      token: (sdkAppId, source) => {
        asked.push(`${sdkAppId}/${source}`);
        return source === 'live' ? LIVE_TOKEN : undefined;
      },
    });
    live.onError(() => undefined);
    expect((await live.handleLiveCallback(signedWith(LIVE_TOKEN, ADMIN), body(ADMIN))).status).toBe(200);
    expect((await live.handleLiveCallback(query(GROUP_MSG), body(GROUP_MSG))).status).toBe(200);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).status).toBe(401);
    expect(asked).toEqual([`${APP}/live`, `${APP}/chat`, `${APP}/live`]);
  });

  test('{ live, chat } with one token unset warns at start-up; an empty one is refused', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    createLiveCallbacks({ sdkAppId: APP, token: { live: LIVE_TOKEN, chat: undefined } });
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/token\.chat is undefined/);
    warn.mockRestore();
    expect(() => createLiveCallbacks({ sdkAppId: APP, token: { live: '' } })).toThrow(/token\.live is an empty string/);
  });
});

describe('beforeFallback follows Tencent per source', () => {
  const failing = () => {
    throw new Error('down');
  };

  test('by default a Chat Before callback is let through and the Live gift is blocked', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP });
    live.onError(() => undefined);
    live.on(GROUP_BEFORE, failing);
    live.on(GIFT, failing);
    expect((await live.handleLiveCallback(query(GROUP_BEFORE), body(GROUP_BEFORE))).body).toMatchObject({
      ActionStatus: 'OK',
      ErrorCode: 0,
    });
    expect((await live.handleLiveCallback(query(GIFT), body(GIFT))).body).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 1 });
  });

  test('a per-command map overrides the default for the commands it names', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP, beforeFallback: { [GROUP_BEFORE]: 'reject' } });
    live.onError(() => undefined);
    live.on(GROUP_BEFORE, failing);
    live.on(GIFT, failing);
    expect((await live.handleLiveCallback(query(GROUP_BEFORE), body(GROUP_BEFORE))).body.ErrorCode).toBe(1);
    expect((await live.handleLiveCallback(query(GIFT), body(GIFT))).body.ErrorCode).toBe(1);
  });

  test('a map naming an After command, or a value other than allow/reject, is refused at start-up', () => {
    expect(() => createLiveCallbacks({ sdkAppId: APP, beforeFallback: { [ADMIN]: 'allow' } as never })).toThrow(/not a Before command/);
    expect(() => createLiveCallbacks({ sdkAppId: APP, beforeFallback: { [GIFT]: 'maybe' } as never })).toThrow(/'allow' or 'reject'/);
    expect(() => createLiveCallbacks({ sdkAppId: APP, beforeFallback: 'block' as never })).toThrow(/'allow' or 'reject'/);
  });
});
