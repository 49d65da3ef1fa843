import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/**
 * A host-versus-host battle was created, by a user through the SDK or by an admin through the REST
 * API. https://www.tencentcloud.com/document/product/647/68259
 */
export interface LiveCallbackAfterCreateBattle {
  CallbackCommand: 'Live.CallbackAfterCreateBattle';
  /** UserID that created the battle. */
  Operator_Account: string;
  /** Battle ID. */
  BattleId: string;
  /** Room ID of the inviting room. */
  FromRoomId: string;
  /** Room IDs of the invited rooms. */
  ToRoomIdList: string[];
  /** With NeedResponse, how long invitees have to answer, milliseconds; no answer means no. */
  Timeout?: number;
  /** How long the battle lasts once started, milliseconds. */
  Duration?: number;
  /** False: the battle starts at once. True: it waits for the invited owners to accept. */
  NeedResponse?: boolean;
  /** App-defined extra information. */
  ExtensionInfo?: string;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterCreateBattle} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterCreateBattleSchema = callbackSchema('Live.CallbackAfterCreateBattle', () => ({
  Operator_Account: AccountIdSchema,
  BattleId: v.string(),
  FromRoomId: v.string(),
  ToRoomIdList: v.array(v.string()),
  // The battle's settings only describe it: optional, as Tencent leaves out what has no value.
  Timeout: v.exactOptional(v.number()),
  Duration: v.exactOptional(v.number()),
  NeedResponse: v.exactOptional(v.boolean()),
  ExtensionInfo: v.exactOptional(v.string()),
  EventTime: MillisecondsSchema,
}));
