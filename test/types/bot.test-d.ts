import { expectTypeOf, test } from 'vitest';
import type { ChatGroupType, LiveAfterCommand, LiveCallback, TIMMsgElement } from '../../src/index.js';

test('narrowing on the Bot commands gives the one-to-one or the group message, and hides the other', () => {
  const handle = (event: LiveCallback) => {
    switch (event.CallbackCommand) {
      case 'Bot.OnC2CMessage':
        expectTypeOf(event.To_Account).toEqualTypeOf<string>();
        expectTypeOf(event.EventTime).toEqualTypeOf<number>();
        // @ts-expect-error a one-to-one message has no group
        void event.GroupId;
        // @ts-expect-error UnreadMsgNum belongs to C2C.CallbackAfterSendMsg
        void event.UnreadMsgNum;
        break;
      case 'Bot.OnGroupMessage':
        expectTypeOf(event.AtRobots_Account).toEqualTypeOf<string[]>();
        expectTypeOf(event.MsgBody).toEqualTypeOf<TIMMsgElement[]>();
        expectTypeOf(event.Type).toEqualTypeOf<ChatGroupType | undefined>();
        // @ts-expect-error a group message has no To_Account
        void event.To_Account;
        break;
    }
  };
  expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  expectTypeOf<'Bot.OnC2CMessage' | 'Bot.OnGroupMessage'>().toExtend<LiveAfterCommand>();
});
