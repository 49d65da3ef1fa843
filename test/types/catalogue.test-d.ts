import { describe, expectTypeOf, test } from 'vitest';
import type {
  LiveCallback,
  LiveCallbackCommand,
  LiveCallbackOf,
  LiveCallbackAliasMap,
  LiveCallbackAfterCreateRoom,
  LiveCallbackAfterCreateRoomSchema,
  LiveCallbackAfterDestroyRoom,
  LiveCallbackAfterDestroyRoomSchema,
  LiveCallbackAfterUpdateRoomInfo,
  LiveCallbackAfterUpdateRoomInfoSchema,
  LiveCallbackAfterSetMetadata,
  LiveCallbackAfterSetMetadataSchema,
  LiveCallbackAfterDelMetadata,
  LiveCallbackAfterDelMetadataSchema,
  LiveCallbackAfterCreateRoomReachingThreshold,
  LiveCallbackAfterCreateRoomReachingThresholdSchema,
  LiveCallbackAfterMemberStateChanged,
  LiveCallbackAfterMemberStateChangedSchema,
  LiveCallbackAfterChangeOwner,
  LiveCallbackAfterChangeOwnerSchema,
  LiveCallbackAfterModifyAdmin,
  LiveCallbackAfterModifyAdminSchema,
  MicCallbackAfterSeatInfoChanged,
  MicCallbackAfterSeatInfoChangedSchema,
  LiveCallbackAfterCreateBattle,
  LiveCallbackAfterCreateBattleSchema,
  LiveCallbackAfterStartBattle,
  LiveCallbackAfterStartBattleSchema,
  LiveCallbackAfterEndBattle,
  LiveCallbackAfterEndBattleSchema,
  LiveCallbackBeforeSendGift,
  LiveCallbackBeforeSendGiftSchema,
  LiveCallbackAfterCloudRecordingChanged,
  LiveCallbackAfterCloudRecordingChangedSchema,
  GroupCallbackBeforeSendMsg,
  GroupCallbackBeforeSendMsgSchema,
  GroupCallbackAfterSendMsg,
  GroupCallbackAfterSendMsgSchema,
  FollowCallbackAfterFollowAdd,
  FollowCallbackAfterFollowAddSchema,
  FollowCallbackAfterFollowDelete,
  FollowCallbackAfterFollowDeleteSchema,
} from '../../src/index.js';
import type { Documented, DocumentedOutput } from './documented.js';

// A schema's output must be exactly its hand-written, documented interface (index signatures aside:
// the schemas are loose at run time, the interfaces list documented fields only).
describe('each schema outputs exactly its documented interface', () => {
  test('LiveCallbackAfterCreateRoom', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterCreateRoomSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterCreateRoom>>();
  });
  test('LiveCallbackAfterDestroyRoom', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterDestroyRoomSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterDestroyRoom>>();
  });
  test('LiveCallbackAfterUpdateRoomInfo', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterUpdateRoomInfoSchema>>().toEqualTypeOf<
      Documented<LiveCallbackAfterUpdateRoomInfo>
    >();
  });
  test('LiveCallbackAfterSetMetadata', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterSetMetadataSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterSetMetadata>>();
  });
  test('LiveCallbackAfterDelMetadata', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterDelMetadataSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterDelMetadata>>();
  });
  test('LiveCallbackAfterCreateRoomReachingThreshold', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterCreateRoomReachingThresholdSchema>>().toEqualTypeOf<
      Documented<LiveCallbackAfterCreateRoomReachingThreshold>
    >();
  });
  test('LiveCallbackAfterMemberStateChanged', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterMemberStateChangedSchema>>().toEqualTypeOf<
      Documented<LiveCallbackAfterMemberStateChanged>
    >();
  });
  test('LiveCallbackAfterChangeOwner', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterChangeOwnerSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterChangeOwner>>();
  });
  test('LiveCallbackAfterModifyAdmin', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterModifyAdminSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterModifyAdmin>>();
  });
  test('MicCallbackAfterSeatInfoChanged', () => {
    expectTypeOf<DocumentedOutput<typeof MicCallbackAfterSeatInfoChangedSchema>>().toEqualTypeOf<
      Documented<MicCallbackAfterSeatInfoChanged>
    >();
  });
  test('LiveCallbackAfterCreateBattle', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterCreateBattleSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterCreateBattle>>();
  });
  test('LiveCallbackAfterStartBattle', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterStartBattleSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterStartBattle>>();
  });
  test('LiveCallbackAfterEndBattle', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterEndBattleSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterEndBattle>>();
  });
  test('LiveCallbackBeforeSendGift', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackBeforeSendGiftSchema>>().toEqualTypeOf<Documented<LiveCallbackBeforeSendGift>>();
  });
  test('LiveCallbackAfterCloudRecordingChanged', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterCloudRecordingChangedSchema>>().toEqualTypeOf<
      Documented<LiveCallbackAfterCloudRecordingChanged>
    >();
  });
  test('GroupCallbackBeforeSendMsg', () => {
    expectTypeOf<DocumentedOutput<typeof GroupCallbackBeforeSendMsgSchema>>().toEqualTypeOf<Documented<GroupCallbackBeforeSendMsg>>();
  });
  test('GroupCallbackAfterSendMsg', () => {
    expectTypeOf<DocumentedOutput<typeof GroupCallbackAfterSendMsgSchema>>().toEqualTypeOf<Documented<GroupCallbackAfterSendMsg>>();
  });
  test('FollowCallbackAfterFollowAdd', () => {
    expectTypeOf<DocumentedOutput<typeof FollowCallbackAfterFollowAddSchema>>().toEqualTypeOf<Documented<FollowCallbackAfterFollowAdd>>();
  });
  test('FollowCallbackAfterFollowDelete', () => {
    expectTypeOf<DocumentedOutput<typeof FollowCallbackAfterFollowDeleteSchema>>().toEqualTypeOf<
      Documented<FollowCallbackAfterFollowDelete>
    >();
  });
});

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
          expectTypeOf(event.CurRoomCount).toEqualTypeOf<number>();
          expectTypeOf(event.MaxRoomCount).toEqualTypeOf<number>();
          // @ts-expect-error this alert carries no RoomId
          void event.RoomId;
          break;
        case 'Live.CallbackAfterMemberStateChanged':
          expectTypeOf(event.MemberList[0]!.Member_Account).toEqualTypeOf<string>();
          expectTypeOf(event.EventCause).toExtend<string>();
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
