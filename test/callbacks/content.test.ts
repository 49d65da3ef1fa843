import { describe, expect, test } from 'vitest';
import { createLiveCallbacks, parseLiveCallback, parseLiveCallbackBody } from '../../src/index.js';
import { fixtureJson } from '../helpers/fixtures.js';
import { fixtureWith } from '../helpers/chat-body.js';
import { parsed, refusedAt } from '../helpers/validate.js';

// ContentCallback.ResultNotify (PROTOCOL-CHAT.md #18, 1047/78240, intl 1047/77840, 269/95616).

const COMMAND = 'ContentCallback.ResultNotify';

/** The body as Tencent posts it: no CallbackCommand, the query carries it. */
function bareBody(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return fixtureWith(COMMAND, { CallbackCommand: undefined, ...changes });
}

describe('ContentCallback.ResultNotify (1047/78240)', () => {
  test("validates the bare body (no CallbackCommand) with the query's command, which the event then carries", () => {
    const body = bareBody();
    expect(body).not.toHaveProperty('CallbackCommand');
    expect(parsed(body, COMMAND)).toEqual(fixtureJson(COMMAND));
  });

  test('reads the sample URL, which has neither ClientIP nor OptPlatform, and takes the command from it', () => {
    const result = parseLiveCallback(`SdkAppid=1400000000&CallbackCommand=${COMMAND}&contenttype=json`, bareBody());
    expect(result.success && result.output.event.CallbackCommand).toBe(COMMAND);
    expect(result.success && result.output.query).not.toHaveProperty('clientIp');
  });

  test('reaches the handlers of the command in the query, with CallbackCommand set on the event', async () => {
    const live = createLiveCallbacks({ sdkAppId: 1400000000 });
    const seen: unknown[] = [];
    live.on(COMMAND, (event) => void seen.push(event.CallbackCommand, event.CtxcbResult));
    const reply = await live.handleLiveCallback(
      `SdkAppid=1400000000&CallbackCommand=${COMMAND}&contenttype=json`,
      JSON.stringify(bareBody()),
    );
    expect(reply.body).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
    expect(seen).toEqual([COMMAND, 1]);
  });

  test('without a command from the query, the bare body is an unknown_command error, not a crash', () => {
    const result = parseLiveCallbackBody(bareBody());
    expect(result.success || result.error.code).toBe('unknown_command');
  });

  test('accepts TextContent both as the list of 1047/78240 and as the string of intl 1047/77840', () => {
    expect(parsed(bareBody({ TextContent: ['a', 'b'] }), COMMAND)).toHaveProperty('TextContent', ['a', 'b']);
    expect(parsed(bareBody({ TextContent: 'a' }), COMMAND)).toHaveProperty('TextContent', 'a');
  });

  test('keeps the body SdkAppId as the number it is', () => {
    expect(parsed(bareBody({ SdkAppId: 1400187352 }), COMMAND)).toHaveProperty('SdkAppId', 1400187352);
  });

  test('accepts the short sample of intl 1047/77840, which stops after CtxcbRequestId', () => {
    const full = bareBody();
    const keys = [
      'Scene',
      'SdkAppId',
      'From_Account',
      'ContactItem',
      'ContentType',
      'TextContent',
      'MsgID',
      'CtxcbResult',
      'CtxcbRequestId',
    ];
    const short = Object.fromEntries(keys.map((key) => [key, full[key]]));
    expect(parsed(short, COMMAND)).toMatchObject(short);
  });

  test('reads a group message result: ContactType 2 with ToGroupId, MsgID a MsgSeq sent as a string', () => {
    const body = bareBody({ Scene: 'Group', ContactItem: { ContactType: 2, ToGroupId: '@TGS#2J4SZEAEL' }, MsgID: '1053' });
    expect(parsed(body, COMMAND)).toMatchObject({ ContactItem: { ContactType: 2, ToGroupId: '@TGS#2J4SZEAEL' }, MsgID: '1053' });
  });

  test('refuses a result without its decision, naming CtxcbResult', () => {
    expect(refusedAt(bareBody({ CtxcbResult: undefined }), COMMAND)).toEqual(['CtxcbResult']);
  });
});
