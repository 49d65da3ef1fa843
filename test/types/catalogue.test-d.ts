import { describe, expectTypeOf, test } from 'vitest';
import type {
  LiveCallback,
  LiveCallbackCommand,
  LiveCallbackOf,
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
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterUpdateRoomInfoSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterUpdateRoomInfo>>();
  });
  test('LiveCallbackAfterSetMetadata', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterSetMetadataSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterSetMetadata>>();
  });
  test('LiveCallbackAfterDelMetadata', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterDelMetadataSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterDelMetadata>>();
  });
  test('LiveCallbackAfterCreateRoomReachingThreshold', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterCreateRoomReachingThresholdSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterCreateRoomReachingThreshold>>();
  });
  test('LiveCallbackAfterMemberStateChanged', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterMemberStateChangedSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterMemberStateChanged>>();
  });
  test('LiveCallbackAfterChangeOwner', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterChangeOwnerSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterChangeOwner>>();
  });
  test('LiveCallbackAfterModifyAdmin', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterModifyAdminSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterModifyAdmin>>();
  });
  test('MicCallbackAfterSeatInfoChanged', () => {
    expectTypeOf<DocumentedOutput<typeof MicCallbackAfterSeatInfoChangedSchema>>().toEqualTypeOf<Documented<MicCallbackAfterSeatInfoChanged>>();
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
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterCloudRecordingChangedSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterCloudRecordingChanged>>();
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
    expectTypeOf<DocumentedOutput<typeof FollowCallbackAfterFollowDeleteSchema>>().toEqualTypeOf<Documented<FollowCallbackAfterFollowDelete>>();
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
        expectTypeOf(event.EventTime).toEqualTypeOf<number>();
        // @ts-expect-error MsgSeq belongs to Group.CallbackAfterSendMsg
        void event.MsgSeq;
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
