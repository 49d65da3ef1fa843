import { describe, expectTypeOf, test } from 'vitest';
import { isPushBatch, type LiveCallback, type LiveDecisionKindOf, type PushCallbackBatch, type PushStage } from '../../src/index.js';

// The push-result commands (PROTOCOL-CHAT.md #30-#31) and their batch envelope.

describe('narrowing on CallbackCommand', () => {
  test('gives each push event its own fields and keeps the colliding names apart', () => {
    const handle = (event: LiveCallback) => {
      switch (event.CallbackCommand) {
        case 'Push.OfflinePush':
          expectTypeOf(event.PushID).toEqualTypeOf<string>();
          expectTypeOf(event.GroupID).toEqualTypeOf<string | undefined>();
          expectTypeOf(event.ErrCode).toEqualTypeOf<number | undefined>();
          expectTypeOf(event.PushStage).toEqualTypeOf<PushStage>();
          // @ts-expect-error push events spell it GroupID; GroupId belongs to the group callbacks
          void event.GroupId;
          // @ts-expect-error push events report ErrCode, not ErrorCode
          void event.ErrorCode;
          // @ts-expect-error TaskId belongs to Push.AllMemberPush
          void event.TaskId;
          break;
        case 'Push.AllMemberPush':
          expectTypeOf(event.TaskId).toEqualTypeOf<string>();
          expectTypeOf(event.DeviceType).toEqualTypeOf<number | undefined>();
          // @ts-expect-error push events report ErrInfo, not ErrorInfo
          void event.ErrorInfo;
          // @ts-expect-error an all-member push has no sender
          void event.From_Account;
          break;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });

  test('push events take no decision', () => {
    expectTypeOf<LiveDecisionKindOf<'Push.OfflinePush' | 'Push.AllMemberPush'>>().toEqualTypeOf<never>();
  });
});

describe('the batch envelope', () => {
  test('each event names its command; isPushBatch narrows a body to an Events array', () => {
    expectTypeOf<PushCallbackBatch['Events'][number]['CallbackCommand']>().toEqualTypeOf<string>();
    const body: unknown = {};
    if (isPushBatch(body)) expectTypeOf(body.Events).toEqualTypeOf<unknown[]>();
  });
});
