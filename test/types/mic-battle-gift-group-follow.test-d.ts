import { describe, expectTypeOf, test } from 'vitest';
import {
  replaceMessage,
  type GroupCallbackBeforeSendMsg,
  type GroupMsgBodyElement,
  type GroupMsgBodyElementSchema,
  type LiveBattleRoom,
  type LiveCallback,
  type LiveRecordingEventType,
} from '../../src/index.js';
import type { Documented, DocumentedOutput } from './documented.js';

// The mic seat, battle, gift, recording, room-message and follow commands (PROTOCOL.md #10-#19).

describe('shared pieces output exactly their documented interface', () => {
  test('GroupMsgBodyElement', () => {
    expectTypeOf<DocumentedOutput<typeof GroupMsgBodyElementSchema>>().toEqualTypeOf<Documented<GroupMsgBodyElement>>();
  });
});

describe('narrowing on CallbackCommand', () => {
  test('gives each command its own fields and makes the others a compile error', () => {
    const handle = (event: LiveCallback) => {
      switch (event.CallbackCommand) {
        case 'Mic.CallbackAfterSeatInfoChanged':
          expectTypeOf(event.SeatList[0]!.Member_Account).toEqualTypeOf<string | undefined>();
          expectTypeOf(event.EventTime).toEqualTypeOf<number | undefined>();
          expectTypeOf(event.Operator_Account).toEqualTypeOf<string | undefined>();
          expectTypeOf(event.SeatList[0]!.Index).toEqualTypeOf<number>();
          expectTypeOf(event.SeatList[0]!.IsTakenDisabled).toEqualTypeOf<boolean | undefined>();
          // @ts-expect-error MemberList belongs to Live.CallbackAfterMemberStateChanged
          void event.MemberList;
          break;
        case 'Live.CallbackAfterCreateBattle':
          expectTypeOf(event.ToRoomIdList).toEqualTypeOf<string[]>();
          expectTypeOf(event.NeedResponse).toEqualTypeOf<boolean | undefined>();
          expectTypeOf(event.FromRoomId).toEqualTypeOf<string>();
          // @ts-expect-error ToRoomList (rooms with owners) belongs to Start/EndBattle
          void event.ToRoomList;
          break;
        case 'Live.CallbackAfterStartBattle':
          expectTypeOf(event.FromRoomInfo).toEqualTypeOf<LiveBattleRoom>();
          // @ts-expect-error StartBattle carries no Operator_Account
          void event.Operator_Account;
          // @ts-expect-error Score is only in EndBattle's rooms
          void event.FromRoomInfo.Score;
          break;
        case 'Live.CallbackAfterEndBattle':
          expectTypeOf(event.FromRoomInfo.Score).toEqualTypeOf<number | undefined>();
          expectTypeOf(event.FromRoomInfo.Owner_Account).toEqualTypeOf<string>();
          expectTypeOf(event.OpType).toExtend<number>();
          // @ts-expect-error the lower-case opType belongs to Live.CallbackAfterModifyAdmin
          void event.opType;
          break;
        case 'Live.CallbackBeforeSendGift':
          expectTypeOf(event.GiftWater.To_Account).toEqualTypeOf<string[]>();
          expectTypeOf(event.GiftWater.Coins).toEqualTypeOf<number>();
          expectTypeOf(event.GiftWater.Count).toEqualTypeOf<number>();
          expectTypeOf(event.GiftWater.Time).toEqualTypeOf<number | undefined>();
          // @ts-expect-error the gift callback carries no EventTime
          void event.EventTime;
          break;
        case 'Live.CallbackAfterCloudRecordingChanged':
          expectTypeOf(event.EventType).toEqualTypeOf<LiveRecordingEventType>();
          expectTypeOf(event.EventInfo.RoomId).toEqualTypeOf<string | number | undefined>();
          // @ts-expect-error the recording envelope has no top-level RoomId
          void event.RoomId;
          break;
        case 'Group.CallbackBeforeSendMsg':
          expectTypeOf(event.MsgBody).toEqualTypeOf<GroupMsgBodyElement[]>();
          expectTypeOf(event.MsgId).toEqualTypeOf<string | undefined>();
          // @ts-expect-error MsgSeq belongs to Group.CallbackAfterSendMsg
          void event.MsgSeq;
          break;
        case 'Group.CallbackAfterSendMsg':
          expectTypeOf(event.MsgSeq).toEqualTypeOf<number>();
          expectTypeOf(event.MsgTime).toEqualTypeOf<number | undefined>();
          expectTypeOf(event.Random).toEqualTypeOf<number | undefined>();
          expectTypeOf(event.CloudCustomData).toEqualTypeOf<string | undefined>();
          // @ts-expect-error GiftWater belongs to Live.CallbackBeforeSendGift
          void event.GiftWater;
          break;
        case 'Follow.CallbackAfterFollowAdd':
          expectTypeOf(event.FollowList[0]!.To_Account).toEqualTypeOf<string>();
          // @ts-expect-error the flat To_Account list belongs to Follow.CallbackAfterFollowDelete
          void event.To_Account;
          break;
        case 'Follow.CallbackAfterFollowDelete':
          expectTypeOf(event.To_Account).toEqualTypeOf<string[]>();
          // @ts-expect-error FollowList belongs to Follow.CallbackAfterFollowAdd
          void event.FollowList;
          break;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });
});

describe('open value sets and message bodies', () => {
  test('documented codes complete, later ones are still numbers', () => {
    expectTypeOf<301>().toExtend<LiveRecordingEventType>();
    expectTypeOf<999>().toExtend<LiveRecordingEventType>();
    expectTypeOf<LiveRecordingEventType>().toExtend<number>();
  });

  test('a received message body can be handed back to replaceMessage', () => {
    const rewrite = (event: GroupCallbackBeforeSendMsg) => replaceMessage({ MsgBody: event.MsgBody });
    expectTypeOf(rewrite).returns.toEqualTypeOf<ReturnType<typeof replaceMessage>>();
    // @ts-expect-error MsgBody is a list of elements, not a string
    replaceMessage({ MsgBody: 'hello' });
  });
});
