import type { LiveCallbackCommand, LiveCallbackOf } from '../commands.js';
import followCallbackAfterFollowAdd from '../../fixtures/Follow.CallbackAfterFollowAdd.json';
import followCallbackAfterFollowDelete from '../../fixtures/Follow.CallbackAfterFollowDelete.json';
import groupCallbackAfterSendMsg from '../../fixtures/Group.CallbackAfterSendMsg.json';
import groupCallbackBeforeSendMsg from '../../fixtures/Group.CallbackBeforeSendMsg.json';
import liveCallbackAfterChangeOwner from '../../fixtures/Live.CallbackAfterChangeOwner.json';
import liveCallbackAfterCloudRecordingChanged from '../../fixtures/Live.CallbackAfterCloudRecordingChanged.json';
import liveCallbackAfterCreateBattle from '../../fixtures/Live.CallbackAfterCreateBattle.json';
import liveCallbackAfterCreateRoom from '../../fixtures/Live.CallbackAfterCreateRoom.json';
import liveCallbackAfterCreateRoomReachingThreshold from '../../fixtures/Live.CallbackAfterCreateRoomReachingThreshold.json';
import liveCallbackAfterDelMetadata from '../../fixtures/Live.CallbackAfterDelMetadata.json';
import liveCallbackAfterDestroyRoom from '../../fixtures/Live.CallbackAfterDestroyRoom.json';
import liveCallbackAfterEndBattle from '../../fixtures/Live.CallbackAfterEndBattle.json';
import liveCallbackAfterMemberStateChanged from '../../fixtures/Live.CallbackAfterMemberStateChanged.json';
import liveCallbackAfterModifyAdmin from '../../fixtures/Live.CallbackAfterModifyAdmin.json';
import liveCallbackAfterSetMetadata from '../../fixtures/Live.CallbackAfterSetMetadata.json';
import liveCallbackAfterStartBattle from '../../fixtures/Live.CallbackAfterStartBattle.json';
import liveCallbackAfterUpdateRoomInfo from '../../fixtures/Live.CallbackAfterUpdateRoomInfo.json';
import liveCallbackBeforeSendGift from '../../fixtures/Live.CallbackBeforeSendGift.json';
import micCallbackAfterSeatInfoChanged from '../../fixtures/Mic.CallbackAfterSeatInfoChanged.json';

/*
 * The fixtures under fixtures/ (one valid, realistic payload per command, every field present),
 * bundled into this entry so tests need no file access. The catalogue test runs each through its
 * schema, and test/testing.test.ts checks this map covers every command under its own name.
 */

/** One valid payload per command, typed. */
export type LiveCallbackFixtures = { readonly [C in LiveCallbackCommand]: LiveCallbackOf<C> };

/** One valid payload per command, with every documented field: a starting point for your tests. */
export const fixtures = {
  'Follow.CallbackAfterFollowAdd': followCallbackAfterFollowAdd,
  'Follow.CallbackAfterFollowDelete': followCallbackAfterFollowDelete,
  'Group.CallbackAfterSendMsg': groupCallbackAfterSendMsg,
  'Group.CallbackBeforeSendMsg': groupCallbackBeforeSendMsg,
  'Live.CallbackAfterChangeOwner': liveCallbackAfterChangeOwner,
  'Live.CallbackAfterCloudRecordingChanged': liveCallbackAfterCloudRecordingChanged,
  'Live.CallbackAfterCreateBattle': liveCallbackAfterCreateBattle,
  'Live.CallbackAfterCreateRoom': liveCallbackAfterCreateRoom,
  'Live.CallbackAfterCreateRoomReachingThreshold': liveCallbackAfterCreateRoomReachingThreshold,
  'Live.CallbackAfterDelMetadata': liveCallbackAfterDelMetadata,
  'Live.CallbackAfterDestroyRoom': liveCallbackAfterDestroyRoom,
  'Live.CallbackAfterEndBattle': liveCallbackAfterEndBattle,
  'Live.CallbackAfterMemberStateChanged': liveCallbackAfterMemberStateChanged,
  'Live.CallbackAfterModifyAdmin': liveCallbackAfterModifyAdmin,
  'Live.CallbackAfterSetMetadata': liveCallbackAfterSetMetadata,
  'Live.CallbackAfterStartBattle': liveCallbackAfterStartBattle,
  'Live.CallbackAfterUpdateRoomInfo': liveCallbackAfterUpdateRoomInfo,
  'Live.CallbackBeforeSendGift': liveCallbackBeforeSendGift,
  'Mic.CallbackAfterSeatInfoChanged': micCallbackAfterSeatInfoChanged,
} as unknown as LiveCallbackFixtures;
