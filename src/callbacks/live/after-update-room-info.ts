import { AccountIdSchema, MillisecondsSchema, callbackSchema, roomInfoSchema, type LiveRoomInfo } from '../shared.js';

/**
 * The RoomInfo fields besides RoomId that may come with an update: first what 647/67938 shows, then
 * the room properties its sample leaves out but the create and destroy callbacks carry. Which keys an
 * update sends is undocumented, so all of these are optional. RoomId, in both its table and its
 * sample, stays required: it is the only field that names the room.
 */
const UPDATED_ROOM_FIELDS = [
  'RoomName',
  'MaxMemberCount',
  'IsMessageDisabled',
  'CustomInfo',
  'TakeSeatMode',
  'IsPublicVisible',
  'CoverURL',
  'Category',
  'ActivityStatus',
  'RoomType',
  'Owner_Account',
  'IsSeatEnabled',
  'MaxSeatCount',
  'CreateTime',
  'ViewCount',
  'BackgroundURL',
  'IsUnlimitedRoomEnabled',
] as const satisfies readonly (keyof LiveRoomInfo)[];

/**
 * The properties of a live room changed, by a user through the SDK or by an admin through the REST
 * API. https://www.tencentcloud.com/document/product/647/67938
 */
export interface LiveCallbackAfterUpdateRoomInfo {
  CallbackCommand: 'Live.CallbackAfterUpdateRoomInfo';
  /** UserID that made the change. */
  Operator_Account: string;
  /** The room after the update: its ID, and whichever properties Tencent includes. */
  RoomInfo: Pick<LiveRoomInfo, 'RoomId'> & Partial<Pick<LiveRoomInfo, (typeof UPDATED_ROOM_FIELDS)[number]>>;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterUpdateRoomInfo} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterUpdateRoomInfoSchema = callbackSchema('Live.CallbackAfterUpdateRoomInfo', () => ({
  Operator_Account: AccountIdSchema,
  RoomInfo: roomInfoSchema(['RoomId'], UPDATED_ROOM_FIELDS),
  EventTime: MillisecondsSchema,
}));
