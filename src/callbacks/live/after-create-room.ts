import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, roomInfoSchema, type LiveRoomInfo } from '../shared.js';

/** The RoomInfo fields the create-room docs show in both the table and the sample. */
const CREATED_ROOM_FIELDS = [
  'RoomId',
  'RoomName',
  'RoomType',
  'Owner_Account',
  'MaxMemberCount',
  'IsMessageDisabled',
  'CustomInfo',
  'IsSeatEnabled',
  'MaxSeatCount',
  'TakeSeatMode',
  'CreateTime',
  'IsPublicVisible',
  'CoverURL',
  'Category',
] as const satisfies readonly (keyof LiveRoomInfo)[];

/**
 * A live room was created, by a user through the SDK or by an admin through the REST API.
 * https://www.tencentcloud.com/document/product/647/64422
 */
export interface LiveCallbackAfterCreateRoom {
  CallbackCommand: 'Live.CallbackAfterCreateRoom';
  /** UserID that asked for the room ("admin" for a REST call). */
  Operator_Account: string;
  /** The new room's properties. */
  RoomInfo: Pick<LiveRoomInfo, (typeof CREATED_ROOM_FIELDS)[number]>;
  /** When the event fired, Unix milliseconds. In the field table but not in the sample, so optional. */
  EventTime?: number;
}

/** Validates a {@link LiveCallbackAfterCreateRoom} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterCreateRoomSchema = callbackSchema('Live.CallbackAfterCreateRoom', {
  Operator_Account: AccountIdSchema,
  RoomInfo: roomInfoSchema(CREATED_ROOM_FIELDS),
  EventTime: v.exactOptional(MillisecondsSchema),
});
