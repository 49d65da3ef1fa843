import { after, before, rows } from '../../catalogue/row.js';
import { LiveCallbackAfterCreateRoomSchema, type LiveCallbackAfterCreateRoom } from './after-create-room.js';
import { LiveCallbackAfterDestroyRoomSchema, type LiveCallbackAfterDestroyRoom } from './after-destroy-room.js';
import { LiveCallbackAfterUpdateRoomInfoSchema, type LiveCallbackAfterUpdateRoomInfo } from './after-update-room-info.js';
import { LiveCallbackAfterSetMetadataSchema, type LiveCallbackAfterSetMetadata } from './after-set-metadata.js';
import { LiveCallbackAfterDelMetadataSchema, type LiveCallbackAfterDelMetadata } from './after-del-metadata.js';
import { LiveCallbackAfterChangeOwnerSchema, type LiveCallbackAfterChangeOwner } from './after-change-owner.js';
import { LiveCallbackAfterModifyAdminSchema, type LiveCallbackAfterModifyAdmin } from './after-modify-admin.js';
import { LiveCallbackAfterCreateBattleSchema, type LiveCallbackAfterCreateBattle } from './after-create-battle.js';
import { LiveCallbackAfterStartBattleSchema, type LiveCallbackAfterStartBattle } from './after-start-battle.js';
import { LiveCallbackAfterEndBattleSchema, type LiveCallbackAfterEndBattle } from './after-end-battle.js';
import { LiveCallbackBeforeSendGiftSchema, type LiveCallbackBeforeSendGift } from './before-send-gift.js';

import {
  LiveCallbackAfterCreateRoomReachingThresholdSchema,
  type LiveCallbackAfterCreateRoomReachingThreshold,
} from './after-create-room-reaching-threshold.js';
import { LiveCallbackAfterMemberStateChangedSchema, type LiveCallbackAfterMemberStateChanged } from './after-member-state-changed.js';
import {
  LiveCallbackAfterCloudRecordingChangedSchema,
  type LiveCallbackAfterCloudRecordingChanged,
} from './after-cloud-recording-changed.js';

/** The live family's rows of the command table (src/commands.ts merges every family). */
export const LIVE_COMMANDS = /* @__PURE__ */ rows({
  'Live.CallbackAfterCreateRoom': after<LiveCallbackAfterCreateRoom>()('live', LiveCallbackAfterCreateRoomSchema),
  'Live.CallbackAfterDestroyRoom': after<LiveCallbackAfterDestroyRoom>()('live', LiveCallbackAfterDestroyRoomSchema),
  'Live.CallbackAfterUpdateRoomInfo': after<LiveCallbackAfterUpdateRoomInfo>()('live', LiveCallbackAfterUpdateRoomInfoSchema),
  'Live.CallbackAfterSetMetadata': after<LiveCallbackAfterSetMetadata>()('live', LiveCallbackAfterSetMetadataSchema),
  'Live.CallbackAfterDelMetadata': after<LiveCallbackAfterDelMetadata>()('live', LiveCallbackAfterDelMetadataSchema),
  'Live.CallbackAfterCreateRoomReachingThreshold': after<LiveCallbackAfterCreateRoomReachingThreshold>()(
    'live',
    LiveCallbackAfterCreateRoomReachingThresholdSchema,
  ),
  'Live.CallbackAfterMemberStateChanged': after<LiveCallbackAfterMemberStateChanged>()('live', LiveCallbackAfterMemberStateChangedSchema, {
    aliases: ['Live.CallbackMemberStateChanged'],
  }),
  'Live.CallbackAfterChangeOwner': after<LiveCallbackAfterChangeOwner>()('live', LiveCallbackAfterChangeOwnerSchema),
  'Live.CallbackAfterModifyAdmin': after<LiveCallbackAfterModifyAdmin>()('live', LiveCallbackAfterModifyAdminSchema),
  'Live.CallbackAfterCreateBattle': after<LiveCallbackAfterCreateBattle>()('live', LiveCallbackAfterCreateBattleSchema),
  'Live.CallbackAfterStartBattle': after<LiveCallbackAfterStartBattle>()('live', LiveCallbackAfterStartBattleSchema),
  'Live.CallbackAfterEndBattle': after<LiveCallbackAfterEndBattle>()('live', LiveCallbackAfterEndBattleSchema),
  'Live.CallbackBeforeSendGift': before<LiveCallbackBeforeSendGift>()('live', LiveCallbackBeforeSendGiftSchema, ['allow', 'reject']),
  'Live.CallbackAfterCloudRecordingChanged': after<LiveCallbackAfterCloudRecordingChanged>()(
    'live',
    LiveCallbackAfterCloudRecordingChangedSchema,
    {
      aliases: ['Follow.CallbackAfterCloudRecordingChanged'],
    },
  ),
});
