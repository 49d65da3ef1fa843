import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, roomInfoSchema, type LiveRoomInfo } from '../shared.js';

/** The fields the update-room docs show. Whether only changed ones are sent is undocumented, so all but RoomId are optional. */
const UPDATED_ROOM_FIELDS = [
  'RoomName', 'MaxMemberCount', 'IsMessageDisabled', 'CustomInfo', 'TakeSeatMode', 'IsPublicVisible', 'CoverURL', 'Category', 'ActivityStatus',
  'RoomType', 'Owner_Account', 'IsSeatEnabled', 'MaxSeatCount', 'CreateTime', 'ViewCount', 'BackgroundURL', 'IsUnlimitedRoomEnabled',
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

export const LiveCallbackAfterUpdateRoomInfoSchema = callbackSchema('Live.CallbackAfterUpdateRoomInfo', {
  Operator_Account: AccountIdSchema,
  RoomInfo: roomInfoSchema(['RoomId'], UPDATED_ROOM_FIELDS),
  EventTime: MillisecondsSchema,
});
