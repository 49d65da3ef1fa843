import * as v from 'valibot';
import { memberStateEntries, type GroupMember, type MemberStateFields } from '../group/shared.js';
import { MillisecondsSchema, callbackSchema, openString, type OpenString } from '../shared.js';

/** One member the event is about (the same shape as every Chat group member list). */
export type LiveStateChangedMember = GroupMember;

/**
 * Members came online or went offline in a room: entered, left, lost or regained their heartbeat.
 * The page's parameter table names it Live.CallbackMemberStateChanged, which is accepted as an alias.
 * The Chat twin is Group.CallbackOnMemberStateChange (1047/48734), with GroupId for RoomId.
 * https://www.tencentcloud.com/document/product/647/64424
 */
export interface LiveCallbackAfterMemberStateChanged extends MemberStateFields {
  CallbackCommand: 'Live.CallbackAfterMemberStateChanged';
  /** Room ID. */
  RoomId: string;
  /** Why: Enter, Leave, HeartbeatInterrupt (heartbeat lost) or HeartbeatRecover (heartbeat back). Only explains EventType, so optional. */
  EventCause?: OpenString<'Enter' | 'Leave' | 'HeartbeatInterrupt' | 'HeartbeatRecover'>;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterMemberStateChanged} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterMemberStateChangedSchema = callbackSchema('Live.CallbackAfterMemberStateChanged', () => ({
  RoomId: v.string(),
  ...memberStateEntries,
  EventCause: v.exactOptional(openString(['Enter', 'Leave', 'HeartbeatInterrupt', 'HeartbeatRecover'])),
  EventTime: MillisecondsSchema,
}));
