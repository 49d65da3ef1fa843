import { describe, expectTypeOf, test } from 'vitest';
import type { LiveCallback, LiveDecisionKindOf, OpenNumber, TIMMsgElement } from '../../src/index.js';

// The official-account commands (PROTOCOL-CHAT.md #19-#29).

describe('narrowing on CallbackCommand', () => {
  test('gives each official-account command its own fields and makes the others a compile error', () => {
    const handle = (event: LiveCallback) => {
      switch (event.CallbackCommand) {
        case 'OfficialAccount.CallbackBeforeCreateOfficialAccount':
          expectTypeOf(event.Name).toEqualTypeOf<string>();
          expectTypeOf(event.Owner_Account).toEqualTypeOf<string>();
          // @ts-expect-error the account has no ID before it is created
          void event.Official_Account;
          break;
        case 'OfficialAccount.CallbackAfterCreateOfficialAccount':
          expectTypeOf(event.Official_Account).toEqualTypeOf<string>();
          expectTypeOf(event.Name).toEqualTypeOf<string | undefined>();
          break;
        case 'OfficialAccount.CallbackAfterOfficialAccountInfoChanged':
          expectTypeOf(event.FaceUrl).toEqualTypeOf<string | undefined>();
          // @ts-expect-error Owner_Account belongs to the create and destroy callbacks
          void event.Owner_Account;
          break;
        case 'OfficialAccount.CallbackAfterOfficialAccountDestroyed':
          expectTypeOf(event.Owner_Account).toEqualTypeOf<string>();
          // @ts-expect-error the destroy callback names no operator
          void event.Operator_Account;
          break;
        case 'OfficialAccount.CallbackBeforeAddSubscriber':
        case 'OfficialAccount.CallbackAfterAddSubscriber':
        case 'OfficialAccount.CallbackAfterDeleteSubscriber':
          expectTypeOf(event.SubscribeAccountList[0]!.Subscriber_Account).toEqualTypeOf<string>();
          // @ts-expect-error MsgBody belongs to the message callbacks
          void event.MsgBody;
          break;
        case 'OfficialAccount.CallbackAfterOfficialAccountFull':
          expectTypeOf(event.EventTime).toEqualTypeOf<number>();
          // @ts-expect-error the full callback carries no subscriber list
          void event.SubscribeAccountList;
          break;
        case 'OfficialAccount.CallbackBeforeSendMsg':
          expectTypeOf(event.MsgBody).toEqualTypeOf<TIMMsgElement[]>();
          expectTypeOf(event.OnlineOnlyFlag).toEqualTypeOf<OpenNumber<0 | 1> | undefined>();
          // @ts-expect-error MsgKey is assigned once the message is sent
          void event.MsgKey;
          break;
        case 'OfficialAccount.CallbackAfterSendMsg':
          expectTypeOf(event.MsgKey).toEqualTypeOf<string>();
          expectTypeOf(event.MsgTime).toEqualTypeOf<number | undefined>();
          // @ts-expect-error GroupId belongs to the group message callbacks
          void event.GroupId;
          break;
        case 'OfficialAccount.CallbackAfterMsgWithDraw':
          expectTypeOf(event.WithdrawMsgList[0]!.MsgKey).toEqualTypeOf<string>();
          break;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });
});

describe('the decisions each Before command accepts', () => {
  test('creating an account: allow or reject', () => {
    expectTypeOf<LiveDecisionKindOf<'OfficialAccount.CallbackBeforeCreateOfficialAccount'>>().toEqualTypeOf<'allow' | 'reject'>();
  });
  test('subscribing: allow, reject, or refuse some subscribers (not refuseMembers, the group invite kind)', () => {
    expectTypeOf<LiveDecisionKindOf<'OfficialAccount.CallbackBeforeAddSubscriber'>>().toEqualTypeOf<
      'allow' | 'reject' | 'refuseSubscribers'
    >();
  });
  test('sending a message: allow, reject, drop or replace', () => {
    expectTypeOf<LiveDecisionKindOf<'OfficialAccount.CallbackBeforeSendMsg'>>().toEqualTypeOf<'allow' | 'reject' | 'drop' | 'replace'>();
  });
  test('after callbacks take no decision', () => {
    expectTypeOf<LiveDecisionKindOf<'OfficialAccount.CallbackAfterSendMsg'>>().toEqualTypeOf<never>();
  });
});
