import { describe, expect, test, vi } from 'vitest';
import { createLiveCallbacks, type LiveCallbackError } from '../../src/index.js';
import { signFor, signedQuery } from '../helpers/sign.js';
import { APP, NOW_MS, NOW_S, TOKEN, body, query, signed } from './helpers.js';

const ADMIN = 'Live.CallbackAfterModifyAdmin';

/** A dispatcher with TOKEN, unless `unsigned`; `options` override the rest. */
function setup(options: Partial<Parameters<typeof createLiveCallbacks>[0]> & { unsigned?: boolean } = {}) {
  const { unsigned = false, ...rest } = options;
  const live = createLiveCallbacks({ sdkAppId: APP, now: () => NOW_MS, ...(unsigned ? {} : { token: TOKEN }), ...rest });
  const handler = vi.fn();
  const errors: LiveCallbackError[] = [];
  live.on(ADMIN, handler);
  live.onError((error) => void errors.push(error));
  return { live, handler, errors };
}

describe('the SdkAppid must be a configured one', () => {
  test('answers 403 for another app, and no handler runs', async () => {
    const { live, handler, errors } = setup({ unsigned: true });
    const reply = await live.handleLiveCallback(query(ADMIN, 1400999999), body(ADMIN));
    expect(reply.status).toBe(403);
    expect(reply.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'sdk_app_id_mismatch' });
    expect(handler).not.toHaveBeenCalled();
    expect(errors.map((error) => error.code)).toEqual(['sdk_app_id_mismatch']);
  });

  test('accepts any of several configured apps', async () => {
    const { live, handler } = setup({ unsigned: true, sdkAppId: [1400000009, String(APP)] });
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).status).toBe(200);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('answers 400 when the query has no SdkAppid at all', async () => {
    const { live, handler, errors } = setup();
    const reply = await live.handleLiveCallback('CallbackCommand=Live.CallbackAfterModifyAdmin', body(ADMIN));
    expect(reply.status).toBe(400);
    expect(errors[0]?.code).toBe('invalid_query');
    expect(handler).not.toHaveBeenCalled();
  });

  test('refuses to start without an app id unless allowAnySdkAppId is set', () => {
    expect(() => createLiveCallbacks({})).toThrow(/sdkAppId/);
    const live = createLiveCallbacks({ allowAnySdkAppId: true });
    return expect(live.handleLiveCallback(query(ADMIN, 1234), body(ADMIN))).resolves.toMatchObject({ status: 200 });
  });
});

describe('with a token, Sign and RequestTime are checked before anything else', () => {
  test('accepts a correctly signed callback', async () => {
    const { live, handler } = setup();
    const reply = await live.handleLiveCallback(signed(ADMIN), body(ADMIN));
    expect(reply).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' },
    });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('accepts the documented example (token xxxxyyyy, RequestTime 1669872112)', async () => {
    const live = createLiveCallbacks({ sdkAppId: APP, token: 'xxxxyyyy', now: () => 1669872112_000 });
    const sign = '17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061';
    const reply = await live.handleLiveCallback(
      `SdkAppid=${APP}&CallbackCommand=${ADMIN}&contenttype=json&Sign=${sign}&RequestTime=1669872112`,
      body(ADMIN),
    );
    expect(reply.status).toBe(200);
  });

  test.each([
    ['no Sign', `SdkAppid=${APP}&RequestTime=${NOW_S}`, 'missing_signature'],
    ['no RequestTime', `SdkAppid=${APP}&Sign=${signFor(TOKEN, NOW_S)}`, 'missing_signature'],
    [
      'a Sign made with another token',
      signedQuery({ sdkAppId: APP, command: ADMIN, token: 'other-token', requestTime: NOW_S }),
      'invalid_signature',
    ],
    ['a Sign for another RequestTime', `SdkAppid=${APP}&Sign=${signFor(TOKEN, NOW_S - 1)}&RequestTime=${NOW_S}`, 'invalid_signature'],
    ['an unsigned query', query(ADMIN), 'missing_signature'],
  ])('answers 401 for %s, and no handler runs', async (_, queryString, code) => {
    const { live, handler, errors } = setup();
    const reply = await live.handleLiveCallback(queryString, body(ADMIN));
    expect(reply.status).toBe(401);
    expect(reply.body.ErrorInfo).toBe(code);
    expect(errors.map((error) => error.code)).toEqual([code]);
    expect(handler).not.toHaveBeenCalled();
  });

  test.each([
    [NOW_S - 60, 200],
    [NOW_S + 60, 200],
    [NOW_S - 61, 401],
    [NOW_S + 61, 401],
  ])('with the default 60 s window, RequestTime %i answers %i', async (requestTime, status) => {
    const { live, errors } = setup();
    const reply = await live.handleLiveCallback(signed(ADMIN, requestTime), body(ADMIN));
    expect(reply.status).toBe(status);
    if (status === 401) expect(errors[0]?.code).toBe('expired_signature');
  });

  test('toleranceSeconds moves the window edge', async () => {
    const { live } = setup({ toleranceSeconds: 5 });
    expect((await live.handleLiveCallback(signed(ADMIN, NOW_S - 5), body(ADMIN))).status).toBe(200);
    expect((await live.handleLiveCallback(signed(ADMIN, NOW_S - 6), body(ADMIN))).status).toBe(401);
  });

  test('a token function gives each app its own token, and undefined means unsigned', async () => {
    const tokens: Record<string, string> = { [APP]: TOKEN };
    const live = createLiveCallbacks({ sdkAppId: [APP, 1400000002], token: async (id) => tokens[id], now: () => NOW_MS });
    live.onError(() => undefined);
    expect((await live.handleLiveCallback(signed(ADMIN), body(ADMIN))).status).toBe(200);
    expect((await live.handleLiveCallback(query(ADMIN), body(ADMIN))).status).toBe(401);
    expect((await live.handleLiveCallback(query(ADMIN, 1400000002), body(ADMIN))).status).toBe(200);
  });

  test('an explicitly undefined token (unset environment variable) warns once at start-up', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    createLiveCallbacks({ sdkAppId: APP, token: undefined });
    createLiveCallbacks({ sdkAppId: APP });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/without a Sign check/);
    warn.mockRestore();
  });

  test('an empty token is refused at start-up', () => {
    expect(() => createLiveCallbacks({ sdkAppId: APP, token: '' })).toThrow(/empty string/);
  });

  test('a token lookup slower than deadlineMs is refused in time, and no handler runs', async () => {
    const { live, handler, errors } = setup({
      deadlineMs: 20,
      token: () => new Promise((resolve) => setTimeout(() => resolve(TOKEN), 200)),
    });
    const reply = await live.handleLiveCallback(signed(ADMIN), body(ADMIN));
    expect(reply.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'deadline_exceeded' });
    expect(errors.map((error) => error.code)).toEqual(['deadline_exceeded']);
    expect(handler).not.toHaveBeenCalled();
  });

  test('checks the signature before it reads the body', async () => {
    const { live, errors } = setup();
    const reply = await live.handleLiveCallback(query(ADMIN), '{ not json');
    expect(reply.status).toBe(401);
    expect(errors.map((error) => error.code)).toEqual(['missing_signature']);
  });
});
