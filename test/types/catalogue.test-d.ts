import { describe, expectTypeOf, test } from 'vitest';
import type {
  LiveCallback,
  LiveCallbackCommand,
  LiveCallbackOf,
  LiveCallbackAliasMap,
  LiveCallbackAfterDestroyRoom,
  LiveCallbackAfterModifyAdmin,
} from '../../src/index.js';

// Each schema is pinned to its interface once, for every row, in table.test-d.ts; these tests are
// about the union and the derived types.

describe('the union', () => {
  test('narrowing on CallbackCommand gives the command its own fields', () => {
    const handle = (event: LiveCallback) => {
      if (event.CallbackCommand === 'Live.CallbackAfterModifyAdmin') {
        expectTypeOf(event.Admin_Account).toEqualTypeOf<string[]>();
        expectTypeOf(event.opType).toExtend<string>();
        // @ts-expect-error RoomInfo belongs to another command
        void event.RoomInfo;
      } else if (event.CallbackCommand === 'Live.CallbackAfterEndBattle') {
        expectTypeOf(event.OpType).toExtend<number>();
        // @ts-expect-error the lower-case opType belongs to ModifyAdmin
        void event.opType;
      } else if (event.CallbackCommand === 'Mic.CallbackAfterSeatInfoChanged') {
        expectTypeOf(event.SeatList[0]!.Member_Account).toEqualTypeOf<string | undefined>();
        expectTypeOf(event.EventTime).toEqualTypeOf<number | undefined>();
      } else if (event.CallbackCommand === 'Group.CallbackBeforeSendMsg') {
        // Older English versions of 1047/34374 have no EventTime.
        expectTypeOf(event.EventTime).toEqualTypeOf<number | undefined>();
        // @ts-expect-error MsgSeq belongs to Group.CallbackAfterSendMsg
        void event.MsgSeq;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });

  test('narrowing to a live room command gives its own fields and hides the others', () => {
    const handle = (event: LiveCallback) => {
      switch (event.CallbackCommand) {
        case 'Live.CallbackAfterDestroyRoom':
          expectTypeOf(event.RoomInfo.Owner_Account).toEqualTypeOf<string>();
          expectTypeOf(event.RoomInfo.RoomId).toEqualTypeOf<string | undefined>();
          expectTypeOf(event.RoomInfo.Category).toEqualTypeOf<number[] | undefined>();
          expectTypeOf<undefined>().toExtend<typeof event.EventType>();
          expectTypeOf(event.Statistic).toEqualTypeOf<LiveCallbackAfterDestroyRoom['Statistic']>();
          // @ts-expect-error Keys belongs to Live.CallbackAfterDelMetadata
          void event.Keys;
          break;
        case 'Live.CallbackAfterUpdateRoomInfo':
          expectTypeOf(event.RoomInfo.RoomId).toEqualTypeOf<string>();
          expectTypeOf(event.RoomInfo.RoomName).toEqualTypeOf<string | undefined>();
          // @ts-expect-error the room ID of an update is inside RoomInfo, the top-level RoomId is other commands'
          void event.RoomId;
          break;
        case 'Live.CallbackAfterSetMetadata':
          expectTypeOf(event.Metadata[0]!.Value).toEqualTypeOf<string>();
          // @ts-expect-error Keys belongs to Live.CallbackAfterDelMetadata
          void event.Keys;
          break;
        case 'Live.CallbackAfterDelMetadata':
          expectTypeOf(event.Keys).toEqualTypeOf<string[]>();
          // @ts-expect-error Metadata belongs to Live.CallbackAfterSetMetadata
          void event.Metadata;
          break;
        case 'Live.CallbackAfterCreateRoomReachingThreshold':
          expectTypeOf(event.CurRoomCount).toEqualTypeOf<number | undefined>();
          expectTypeOf(event.MaxRoomCount).toEqualTypeOf<number | undefined>();
          expectTypeOf(event.Operator_Account).toEqualTypeOf<string>();
          // @ts-expect-error this alert carries no RoomId
          void event.RoomId;
          break;
        case 'Live.CallbackAfterMemberStateChanged':
          expectTypeOf(event.MemberList[0]!.Member_Account).toEqualTypeOf<string>();
          expectTypeOf(event.EventType).toExtend<string>();
          expectTypeOf<undefined>().toExtend<typeof event.EventCause>();
          // @ts-expect-error this callback has no Operator_Account
          void event.Operator_Account;
          break;
        case 'Live.CallbackAfterChangeOwner':
          expectTypeOf(event.CurrentOwner_Account).toEqualTypeOf<string>();
          expectTypeOf(event.EventTime).toEqualTypeOf<number>();
          // @ts-expect-error Admin_Account belongs to Live.CallbackAfterModifyAdmin
          void event.Admin_Account;
          break;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });

  test('a misspelt field is a compile error (no index signature on the exported types)', () => {
    const read = (event: LiveCallbackOf<'Live.CallbackAfterCreateRoom'>) => {
      // @ts-expect-error the field is RoomInfo.CoverURL
      void event.RoomInfo.CoverUrl;
      // @ts-expect-error not a documented field
      void event.Extra;
    };
    expectTypeOf(read).returns.toEqualTypeOf<void>();
  });

  test('LiveCallbackOf picks one member, LiveCallbackCommand lists them all', () => {
    expectTypeOf<LiveCallbackOf<'Live.CallbackAfterModifyAdmin'>>().toEqualTypeOf<LiveCallbackAfterModifyAdmin>();
    expectTypeOf<LiveCallbackCommand>().toEqualTypeOf<LiveCallback['CallbackCommand']>();
    expectTypeOf<'Follow.CallbackAfterFollowDelete'>().toExtend<LiveCallbackCommand>();
  });
});

describe('aliases', () => {
  test('LiveCallbackAliasMap maps each documented alias to its canonical command', () => {
    expectTypeOf<LiveCallbackAliasMap>().toEqualTypeOf<{
      'Live.CallbackMemberStateChanged': 'Live.CallbackAfterMemberStateChanged';
      'Follow.CallbackAfterCloudRecordingChanged': 'Live.CallbackAfterCloudRecordingChanged';
      'roup.CallbackBeforeApplyJoinGroup': 'Group.CallbackBeforeApplyJoinGroup';
      CallbackAfterNewMemberJoin: 'Group.CallbackAfterNewMemberJoin';
    }>();
  });
});
