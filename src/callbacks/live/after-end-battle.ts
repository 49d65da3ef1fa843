import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema, openNumber, type OpenNumber } from '../shared.js';
import { LiveBattleRoomScoreSchema, type LiveBattleRoomScore } from './battle.js';

/**
 * A battle ended: time ran out, every host left, or nobody accepted so it never started.
 * https://www.tencentcloud.com/document/product/647/68261
 */
export interface LiveCallbackAfterEndBattle {
  CallbackCommand: 'Live.CallbackAfterEndBattle';
  /** Battle ID. */
  BattleId: string;
  /** How long the battle lasted, milliseconds. */
  Duration?: number;
  /** When the battle was created, Unix seconds. */
  CreateTime?: number;
  /** When the battle started, Unix seconds. */
  StartTime?: number;
  /** When the battle ended, Unix seconds. */
  EndTime?: number;
  /**
   * Why it ended: 0 time ran out, 1 every host left, 2 it never started (nobody joined). Required: 2
   * means no battle was fought, so it changes what the scores mean. Upper-case `O`, as sent
   * (ModifyAdmin sends `opType`).
   */
  OpType: OpenNumber<0 | 1 | 2>;
  /** The inviting room and its score. The docs type it String; it is an object. */
  FromRoomInfo: LiveBattleRoomScore;
  /** The invited rooms and their scores. */
  ToRoomList: LiveBattleRoomScore[];
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterEndBattle} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterEndBattleSchema = callbackSchema('Live.CallbackAfterEndBattle', () => ({
  BattleId: v.string(),
  // The battle's length and times only describe it: optional, as Tencent leaves out what has no value.
  Duration: v.exactOptional(v.number()),
  CreateTime: v.exactOptional(v.number()),
  StartTime: v.exactOptional(v.number()),
  EndTime: v.exactOptional(v.number()),
  OpType: openNumber([0, 1, 2]),
  FromRoomInfo: LiveBattleRoomScoreSchema,
  ToRoomList: v.array(LiveBattleRoomScoreSchema),
  EventTime: MillisecondsSchema,
}));
