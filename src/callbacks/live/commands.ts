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
  'Live.CallbackAfterCreateRoom': after<LiveCallbackAfterCreateRoom>()('live', LiveCallbackAfterCreateRoomSchema, {
    doc: '647/64422',
    summary: 'A live room was created.',
  }),
  'Live.CallbackAfterDestroyRoom': after<LiveCallbackAfterDestroyRoom>()('live', LiveCallbackAfterDestroyRoomSchema, {
    doc: '647/64423',
    summary: 'A live room was dissolved, by a user, an admin or the system.',
  }),
  'Live.CallbackAfterUpdateRoomInfo': after<LiveCallbackAfterUpdateRoomInfo>()('live', LiveCallbackAfterUpdateRoomInfoSchema, {
    doc: '647/67938',
    summary: 'The properties of a live room changed.',
  }),
  'Live.CallbackAfterSetMetadata': after<LiveCallbackAfterSetMetadata>()('live', LiveCallbackAfterSetMetadataSchema, {
    doc: '647/68222',
    summary: 'Room metadata keys were set.',
  }),
  'Live.CallbackAfterDelMetadata': after<LiveCallbackAfterDelMetadata>()('live', LiveCallbackAfterDelMetadataSchema, {
    doc: '647/68223',
    summary: 'Room metadata keys were deleted.',
  }),
  'Live.CallbackAfterCreateRoomReachingThreshold': after<LiveCallbackAfterCreateRoomReachingThreshold>()(
    'live',
    LiveCallbackAfterCreateRoomReachingThresholdSchema,
    {
      doc: '647/70485',
      summary: 'The number of live rooms neared the limit of the plan.',
    },
  ),
  'Live.CallbackAfterMemberStateChanged': after<LiveCallbackAfterMemberStateChanged>()('live', LiveCallbackAfterMemberStateChangedSchema, {
    doc: '647/64424',
    summary: 'Members entered or left a live room.',
    aliases: ['Live.CallbackMemberStateChanged'],
  }),
  'Live.CallbackAfterChangeOwner': after<LiveCallbackAfterChangeOwner>()('live', LiveCallbackAfterChangeOwnerSchema, {
    doc: '647/72553',
    summary: 'The owner of a live room changed.',
  }),
  'Live.CallbackAfterModifyAdmin': after<LiveCallbackAfterModifyAdmin>()('live', LiveCallbackAfterModifyAdminSchema, {
    doc: '647/72554',
    summary: 'Room administrators were added or removed.',
  }),
  'Live.CallbackAfterCreateBattle': after<LiveCallbackAfterCreateBattle>()('live', LiveCallbackAfterCreateBattleSchema, {
    doc: '647/68259',
    summary: 'A host-versus-host battle was created.',
  }),
  'Live.CallbackAfterStartBattle': after<LiveCallbackAfterStartBattle>()('live', LiveCallbackAfterStartBattleSchema, {
    doc: '647/68260',
    summary: 'A battle started.',
  }),
  'Live.CallbackAfterEndBattle': after<LiveCallbackAfterEndBattle>()('live', LiveCallbackAfterEndBattleSchema, {
    doc: '647/68261',
    summary: 'A battle ended.',
  }),
  'Live.CallbackBeforeSendGift': before<LiveCallbackBeforeSendGift>()('live', LiveCallbackBeforeSendGiftSchema, ['allow', 'reject'], {
    doc: '647/72210',
    summary: 'A gift is about to be sent; the reply allows or rejects it.',
  }),
  'Live.CallbackAfterCloudRecordingChanged': after<LiveCallbackAfterCloudRecordingChanged>()(
    'live',
    LiveCallbackAfterCloudRecordingChangedSchema,
    {
      doc: '647/78428',
      summary: 'The cloud recording of a room changed state.',
      aliases: ['Follow.CallbackAfterCloudRecordingChanged'],
    },
  ),
});
