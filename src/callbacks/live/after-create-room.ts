import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, roomInfoSchema, type LiveRoomInfo, type RoomInfoOf } from '../shared.js';

/** What names the new room and its host: the only RoomInfo fields a create event cannot do without. */
const CREATED_ROOM_IDS = ['RoomId', 'Owner_Account'] as const satisfies readonly (keyof LiveRoomInfo)[];

/**
 * The other RoomInfo fields the create-room docs show in both the table and the sample. They only
 * describe the room, and Tencent leaves out a property it has no value for, so each is optional.
 */
const CREATED_ROOM_DESCRIPTION = [
  'RoomName',
  'RoomType',
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
  /** The new room: its ID and host, and whichever of its properties Tencent includes. */
  RoomInfo: RoomInfoOf<(typeof CREATED_ROOM_IDS)[number], (typeof CREATED_ROOM_DESCRIPTION)[number]>;
  /** When the event fired, Unix milliseconds. In the field table but not in the sample, so optional. */
  EventTime?: number;
}

/** Validates a {@link LiveCallbackAfterCreateRoom} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterCreateRoomSchema = callbackSchema('Live.CallbackAfterCreateRoom', () => ({
  Operator_Account: AccountIdSchema,
  RoomInfo: roomInfoSchema(CREATED_ROOM_IDS, CREATED_ROOM_DESCRIPTION),
  EventTime: v.exactOptional(MillisecondsSchema),
}));
