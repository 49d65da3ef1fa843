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

export const LiveBattleRoomSchema = v.looseObject({ RoomId: v.string(), Owner_Account: AccountIdSchema });
export const LiveBattleRoomScoreSchema = v.looseObject({
  RoomId: v.string(),
  Owner_Account: AccountIdSchema,
  Score: v.exactOptional(v.number()),
});
