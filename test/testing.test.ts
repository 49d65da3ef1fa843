import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  allow,
  createLiveCallbacks,
  LIVE_CALLBACK_COMMANDS,
  parseLiveCallbackBody,
  reject,
  verifyLiveCallbackSignature,
} from '../src/index.js';
import { createFetchHandler } from '../src/adapters/fetch.js';
import { createLiveCallbackFixture, createLiveCallbackRequest, fixtures, signLiveCallbackQuery } from '../src/testing/index.js';
// @ts-expect-error a plain .mjs script without types
import { MODULE_PATH, renderFixturesModule } from '../scripts/fixtures-module.mjs';

describe('fixtures', () => {
  test('the bundled fixtures module is the one generated from fixtures/*.json (npm run build)', () => {
    expect(readFileSync(MODULE_PATH, 'utf8'), 'stale: run node scripts/fixtures-module.mjs').toBe(renderFixturesModule());
  });

  test('hold one payload per command, under its own name, each valid', () => {
    expect(Object.keys(fixtures).sort()).toEqual([...LIVE_CALLBACK_COMMANDS].sort());
    for (const command of LIVE_CALLBACK_COMMANDS) {
      expect(fixtures[command].CallbackCommand).toBe(command);
      expect(parseLiveCallbackBody(fixtures[command]).success, command).toBe(true);
    }
  });

  test('createLiveCallbackFixture returns a deep copy with the overrides on top', () => {
    const gift = createLiveCallbackFixture('Live.CallbackBeforeSendGift', { RoomId: 'room-42' });
    gift.GiftWater.Coins = 1;
    expect(gift.RoomId).toBe('room-42');
    expect(fixtures['Live.CallbackBeforeSendGift'].GiftWater.Coins).not.toBe(1);
    expect(() => createLiveCallbackFixture('Live.Nope' as never)).toThrow(TypeError);
  });
});

describe('signLiveCallbackQuery', () => {
  test('signs like the documented example (xxxxyyyy + 1669872112)', async () => {
    const query = new URLSearchParams(await signLiveCallbackQuery({ sdkAppId: 1400000001, token: 'xxxxyyyy', now: 1669872112_500 }));
    expect(query.get('Sign')).toBe('17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061');
    expect(query.get('RequestTime')).toBe('1669872112');
  });

  test("with { live, chat } tokens each command is signed with its own source's token", async () => {
    const tokens = { live: 'live-secret', chat: 'chat-secret' };
    const now = 1_795_507_200_000;
    const liveQuery = await signLiveCallbackQuery({ sdkAppId: 1, command: 'Live.CallbackAfterCreateRoom', token: tokens, now });
    const chatQuery = await signLiveCallbackQuery({ sdkAppId: 1, command: 'Group.CallbackAfterSendMsg', token: tokens, now });
    expect((await verifyLiveCallbackSignature(liveQuery, { token: 'live-secret', now })).success).toBe(true);
    expect((await verifyLiveCallbackSignature(chatQuery, { token: 'chat-secret', now })).success).toBe(true);
    expect((await verifyLiveCallbackSignature(chatQuery, { token: 'live-secret', now })).success).toBe(false);
    const live = createLiveCallbacks({ sdkAppId: 1, token: tokens });
    const request = await createLiveCallbackRequest({ command: 'Group.CallbackAfterSendMsg', sdkAppId: 1, token: tokens });
    expect((await live.handleLiveCallback(request.query, request.body)).status).toBe(200);
  });

  test('without a token the query carries no Sign, and a signed one passes verification', async () => {
    expect(await signLiveCallbackQuery({ sdkAppId: 1 })).not.toContain('Sign=');
    const signed = await signLiveCallbackQuery({ sdkAppId: 1, token: 't', now: 1_795_507_200_000 });
    expect(await verifyLiveCallbackSignature(signed, { token: 't', now: 1_795_507_200_000 })).toEqual({ success: true, output: undefined });
  });
});

describe('createLiveCallbackRequest', () => {
  test('drives a handler test end to end: query and body, or the web Request', async () => {
    const live = createLiveCallbacks({ sdkAppId: 1400000001, token: 'secret' });
    live.on('Live.CallbackBeforeSendGift', (event) => (event.GiftWater.Coins > 1000 ? reject(102101, 'too much') : allow()));
    const cheap = await createLiveCallbackRequest({ command: 'Live.CallbackBeforeSendGift', sdkAppId: 1400000001, token: 'secret' });
    expect((await live.handleLiveCallback(cheap.query, cheap.body)).body.ErrorCode).toBe(0);
    const costly = await createLiveCallbackRequest({
      command: 'Live.CallbackBeforeSendGift',
      sdkAppId: 1400000001,
      token: 'secret',
      overrides: { GiftWater: { ...fixtures['Live.CallbackBeforeSendGift'].GiftWater, Coins: 5000 } },
    });
    const response = await createFetchHandler(live)(costly.request);
    expect(await response.json()).toEqual({ ActionStatus: 'OK', ErrorCode: 102101, ErrorInfo: 'too much' });
    expect(costly.url).toMatch(/^http:\/\/127\.0\.0\.1\/tencent\/live\/callback\?SdkAppid=1400000001&/);
  });
});
