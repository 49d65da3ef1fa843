import * as v from 'valibot';
import {
  AccountIdSchema,
  MillisecondsSchema,
  callbackSchema,
  openString,
  roomInfoSchema,
  type LiveRoomInfo,
  type OpenString,
  type RoomInfoOf,
} from '../shared.js';

/**
 * The RoomInfo snapshot fields the destroy-room sample shows, plus the RoomId only real payloads
 * carry (the top-level RoomId names the room). They describe the room as it was, and a real payload
 * of September 2025 left out Category, so each is optional; only the owner is required.
 */
const DESTROYED_ROOM_DESCRIPTION = [
  'RoomId',
  'RoomName',
  'RoomType',
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

/** Totals of a room's life, sent when it is dissolved. Statistics only describe, so each is optional. */
export interface LiveRoomStatistic {
  /** Room entries in total (one user entering N times counts N). */
  TotalViewers?: number;
  /** Gifts sent in the room. */
  TotalGiftsSent?: number;
  /** Total value of the gifts sent, in the app's coins. */
  TotalGiftCoins?: number;
  /** Distinct users who sent gifts. */
  TotalUniqueGiftSenders?: number;
  /** Likes received. */
  TotalLikesReceived?: number;
}

const LiveRoomStatisticSchema = v.looseObject({
  TotalViewers: v.exactOptional(v.number()),
  TotalGiftsSent: v.exactOptional(v.number()),
  TotalGiftCoins: v.exactOptional(v.number()),
  TotalUniqueGiftSenders: v.exactOptional(v.number()),
  TotalLikesReceived: v.exactOptional(v.number()),
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
  /** Why the room went away: DestroyByUser (a user or admin) or DestroyBySystem (it was empty). The room is gone either way, so optional. */
  EventType?: OpenString<'DestroyByUser' | 'DestroyBySystem'>;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
  /** The room as it was when dissolved: its owner, and whichever of its properties Tencent includes. */
  RoomInfo: RoomInfoOf<'Owner_Account', (typeof DESTROYED_ROOM_DESCRIPTION)[number]>;
  /** Totals of the room's life. In the doc sample, absent from a real payload, so optional. */
  Statistic?: LiveRoomStatistic;
}

/** Validates a {@link LiveCallbackAfterDestroyRoom} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterDestroyRoomSchema = callbackSchema('Live.CallbackAfterDestroyRoom', () => ({
  Operator_Account: AccountIdSchema,
  RoomId: v.string(),
  EventType: v.exactOptional(openString(['DestroyByUser', 'DestroyBySystem'])),
  EventTime: MillisecondsSchema,
  RoomInfo: roomInfoSchema(['Owner_Account'], DESTROYED_ROOM_DESCRIPTION),
  Statistic: v.exactOptional(LiveRoomStatisticSchema),
}));
