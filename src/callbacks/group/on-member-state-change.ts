import * as v from 'valibot';
import { callbackSchema, openString, type OpenString } from '../shared.js';
import { memberStateEntries, type MemberStateFields } from './shared.js';

/**
 * Members of an audio-video group (AVChatRoom) went offline (no heartbeat for 20 s) or came back,
 * joined first or made the last exit. Needs the Premium edition and its console switch. The Live
 * twin is Live.CallbackAfterMemberStateChanged (647/64424), with RoomId for GroupId.
 * https://www.tencentcloud.com/document/product/1047/48734
 */
export interface GroupCallbackOnMemberStateChange extends MemberStateFields {
  CallbackCommand: 'Group.CallbackOnMemberStateChange';
  /** The audio-video group. */
  GroupId: string;
  /**
   * Why: HeartbeatInterrupt, HeartbeatRecover, Join (first entry) or Quit (last exit). In the en table
   * and the zh sample; the en sample, the older page and doocs have no such key, so optional.
   */
  EventCause?: OpenString<'HeartbeatInterrupt' | 'HeartbeatRecover' | 'Join' | 'Quit'>;
}

// No Type and no EventTime: neither the sample nor the table has them.
/** Validates a {@link GroupCallbackOnMemberStateChange} body: `v.parse(GroupCallbackOnMemberStateChangeSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackOnMemberStateChangeSchema = callbackSchema('Group.CallbackOnMemberStateChange', () => ({
  GroupId: v.string(),
  ...memberStateEntries,
  EventCause: v.exactOptional(openString(['HeartbeatInterrupt', 'HeartbeatRecover', 'Join', 'Quit'])),
}));
