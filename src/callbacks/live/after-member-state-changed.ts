import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, openString, type OpenString } from '../shared.js';

/** One member the event is about. */
export interface LiveStateChangedMember {
  /** The member's UserID. In the sample but not a row of the field table (647/64424), so optional. */
  Member_Account?: string;
}

/**
 * Members came online or went offline in a room: entered, left, lost or regained their heartbeat.
 * The page's parameter table names it Live.CallbackMemberStateChanged, which is accepted as an alias.
 * https://www.tencentcloud.com/document/product/647/64424
 */
export interface LiveCallbackAfterMemberStateChanged {
  CallbackCommand: 'Live.CallbackAfterMemberStateChanged';
  /** Room ID. */
  RoomId: string;
  /** Online or Offline. */
  EventType: OpenString<'Online' | 'Offline'>;
  /** Why: Enter, Leave, HeartbeatInterrupt (heartbeat lost) or HeartbeatRecover (heartbeat back). */
  EventCause: OpenString<'Enter' | 'Leave' | 'HeartbeatInterrupt' | 'HeartbeatRecover'>;
  /** The members concerned. */
  MemberList: LiveStateChangedMember[];
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterMemberStateChanged} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterMemberStateChangedSchema = callbackSchema('Live.CallbackAfterMemberStateChanged', {
  RoomId: v.string(),
  EventType: openString(['Online', 'Offline']),
  EventCause: openString(['Enter', 'Leave', 'HeartbeatInterrupt', 'HeartbeatRecover']),
  MemberList: v.array(v.looseObject({ Member_Account: v.exactOptional(AccountIdSchema) })),
  EventTime: MillisecondsSchema,
});
