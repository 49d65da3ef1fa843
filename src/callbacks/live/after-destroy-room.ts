import * as v from 'valibot';
import {
  AccountIdSchema,
  MillisecondsSchema,
  callbackSchema,
  openString,
  roomInfoSchema,
  type LiveRoomInfo,
  type OpenString,
} from '../shared.js';

/** The RoomInfo snapshot fields the destroy-room sample shows; RoomId only appears in real payloads. */
const DESTROYED_ROOM_FIELDS = [
  'RoomName',
  'RoomType',
  'Owner_Account',
  'IsSeatEnabled',
  'TakeSeatMode',
  'MaxMemberCount',
  'MaxSeatCount',
  'Category',
  'CustomInfo',
  'IsMessageDisabled',
  'CoverURL',
  'ActivityStatus',
  'IsPublicVisible',
  'ViewCount',
  'BackgroundURL',
  'IsUnlimitedRoomEnabled',
] as const satisfies readonly (keyof LiveRoomInfo)[];

/** Totals of a room's life, sent when it is dissolved. */
export interface LiveRoomStatistic {
  /** Room entries in total (one user entering N times counts N). */
  TotalViewers: number;
  /** Gifts sent in the room. */
  TotalGiftsSent: number;
  /** Total value of the gifts sent, in the app's coins. */
  TotalGiftCoins: number;
  /** Distinct users who sent gifts. */
  TotalUniqueGiftSenders: number;
  /** Likes received. */
  TotalLikesReceived: number;
}

const LiveRoomStatisticSchema = v.looseObject({
  TotalViewers: v.number(),
  TotalGiftsSent: v.number(),
  TotalGiftCoins: v.number(),
  TotalUniqueGiftSenders: v.number(),
  TotalLikesReceived: v.number(),
});

/**
 * A live room was dissolved: by its owner, by an admin through the REST API, or by the system when
 * it was empty. https://www.tencentcloud.com/document/product/647/64423
 */
export interface LiveCallbackAfterDestroyRoom {
  CallbackCommand: 'Live.CallbackAfterDestroyRoom';
  /** UserID that dissolved the room; `@TIM#SYSTEM` when the system did. */
  Operator_Account: string;
  /** Room ID. */
  RoomId: string;
  /** Why the room went away: DestroyByUser (a user or admin) or DestroyBySystem (it was empty). */
  EventType: OpenString<'DestroyByUser' | 'DestroyBySystem'>;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
  /** The room as it was when dissolved. `RoomId` is seen in real payloads only, so optional. */
  RoomInfo: Pick<LiveRoomInfo, (typeof DESTROYED_ROOM_FIELDS)[number]> & Partial<Pick<LiveRoomInfo, 'RoomId'>>;
  /** Totals of the room's life. In the doc sample, absent from a real payload, so optional. */
  Statistic?: LiveRoomStatistic;
}

/** Validates a {@link LiveCallbackAfterDestroyRoom} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterDestroyRoomSchema = callbackSchema('Live.CallbackAfterDestroyRoom', {
  Operator_Account: AccountIdSchema,
  RoomId: v.string(),
  EventType: openString(['DestroyByUser', 'DestroyBySystem']),
  EventTime: MillisecondsSchema,
  RoomInfo: roomInfoSchema(DESTROYED_ROOM_FIELDS, ['RoomId']),
  Statistic: v.exactOptional(LiveRoomStatisticSchema),
});
