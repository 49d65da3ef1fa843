import * as v from 'valibot';
import { AccountIdSchema } from '../shared.js';

/* Pieces the three battle callbacks share (647/68259-68261). */

/** A room taking part in a battle. */
export interface LiveBattleRoom {
  /** Room ID. */
  RoomId: string;
  /** UserID of the room's owner (host). */
  Owner_Account: string;
}

/** A room's result at the end of a battle. */
export interface LiveBattleRoomScore extends LiveBattleRoom {
  /** The room's score in this battle. A statistic, so optional. */
  Score?: number;
}

/** Validates a {@link LiveBattleRoom} body: `v.parse(LiveBattleRoomSchema, body)` returns the event (unknown fields kept). */
export const LiveBattleRoomSchema = v.looseObject({ RoomId: v.string(), Owner_Account: AccountIdSchema });
/** Validates a {@link LiveBattleRoomScore} body: `v.parse(LiveBattleRoomScoreSchema, body)` returns the event (unknown fields kept). */
export const LiveBattleRoomScoreSchema = v.looseObject({
  RoomId: v.string(),
  Owner_Account: AccountIdSchema,
  Score: v.exactOptional(v.number()),
});
