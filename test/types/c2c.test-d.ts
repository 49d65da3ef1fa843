import { expectTypeOf, test } from 'vitest';
import type { LiveBeforeCommand, LiveCallback, LiveDecisionKindOf, TIMMsgElement } from '../../src/index.js';

test('narrowing on each C2C command gives its own fields and hides the others', () => {
  const handle = (event: LiveCallback) => {
    switch (event.CallbackCommand) {
      case 'C2C.CallbackBeforeSendMsg':
        expectTypeOf(event.MsgBody).toEqualTypeOf<TIMMsgElement[]>();
        expectTypeOf(event.MsgKey).toEqualTypeOf<string>();
        // @ts-expect-error SendMsgResult belongs to the After callback
        void event.SendMsgResult;
        // @ts-expect-error the C2C send callbacks carry no EventTime
        void event.EventTime;
        break;
      case 'C2C.CallbackAfterSendMsg':
        expectTypeOf(event.SendMsgResult).toEqualTypeOf<number | undefined>();
        expectTypeOf(event.ErrorInfo).toEqualTypeOf<string | undefined>();
        break;
      case 'C2C.CallbackAfterMsgReport':
        expectTypeOf(event.LastReadTime).toEqualTypeOf<number>();
        // @ts-expect-error reads are per conversation, not per message
        void event.MsgKey;
        break;
      case 'C2C.CallbackAfterMsgWithDraw':
        expectTypeOf(event.MsgKey).toEqualTypeOf<string>();
        // @ts-expect-error a recall carries no message body
        void event.MsgBody;
        break;
      case 'C2C.CallbackAfterC2CMsgExtension':
        expectTypeOf(event.ExtensionList).toEqualTypeOf<{ Key: string; Value?: string; Seq?: number }[] | undefined>();
        expectTypeOf(event.EventTime).toEqualTypeOf<number>();
        break;
    }
  };
  expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
});

test('C2C.CallbackBeforeSendMsg accepts allow, reject, drop and replace', () => {
  expectTypeOf<LiveDecisionKindOf<'C2C.CallbackBeforeSendMsg'>>().toEqualTypeOf<'allow' | 'reject' | 'drop' | 'replace'>();
  expectTypeOf<'C2C.CallbackAfterSendMsg'>().not.toExtend<LiveBeforeCommand>();
});
