import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema } from '../shared.js';
import { LiveBattleRoomSchema, type LiveBattleRoom } from './battle.js';

/**
 * A battle started: at once when no answer was needed, or once the invitees answered and one
 * accepted. https://www.tencentcloud.com/document/product/647/68260
 */
export interface LiveCallbackAfterStartBattle {
  CallbackCommand: 'Live.CallbackAfterStartBattle';
  /** Battle ID. */
  BattleId: string;
  /** How long the battle lasts, milliseconds. */
  Duration?: number;
  /** When the battle was created, Unix seconds. */
  CreateTime?: number;
  /** When the battle started, Unix seconds. */
  StartTime?: number;
  /** The inviting room. The docs type it String; it is an object. */
  FromRoomInfo: LiveBattleRoom;
  /** The invited rooms taking part. */
  ToRoomList: LiveBattleRoom[];
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterStartBattle} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterStartBattleSchema = callbackSchema('Live.CallbackAfterStartBattle', () => ({
  BattleId: v.string(),
  // The battle's length and times only describe it: optional, as Tencent leaves out what has no value.
  Duration: v.exactOptional(v.number()),
  CreateTime: v.exactOptional(v.number()),
  StartTime: v.exactOptional(v.number()),
  FromRoomInfo: LiveBattleRoomSchema,
  ToRoomList: v.array(LiveBattleRoomSchema),
  EventTime: MillisecondsSchema,
}));
