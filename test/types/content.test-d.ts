import { expectTypeOf, test } from 'vitest';
import type { LiveAfterCommand, LiveCallback, ModerationScene } from '../../src/index.js';

test('narrowing on ContentCallback.ResultNotify gives the moderation result, with both TextContent forms', () => {
  const handle = (event: LiveCallback) => {
    if (event.CallbackCommand !== 'ContentCallback.ResultNotify') return;
    expectTypeOf(event.Scene).toEqualTypeOf<ModerationScene>();
    expectTypeOf(event.TextContent).toEqualTypeOf<string[] | string | undefined>();
    expectTypeOf(event.SdkAppId).toEqualTypeOf<number | undefined>();
    // @ts-expect-error the moderation body has no EventTime
    void event.EventTime;
    // @ts-expect-error MsgID, not the MsgId of C2C.CallbackAfterSendMsg
    void event.MsgId;
  };
  expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  expectTypeOf<'ContentCallback.ResultNotify'>().toExtend<LiveAfterCommand>();
});
