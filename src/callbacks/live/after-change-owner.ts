import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/**
 * The owner of a live room changed, by a user through the SDK or by an admin through the REST API.
 * https://www.tencentcloud.com/document/product/647/72553
 */
export interface LiveCallbackAfterChangeOwner {
  CallbackCommand: 'Live.CallbackAfterChangeOwner';
  /** Room ID. */
  RoomId: string;
  /** UserID of the new owner. */
  CurrentOwner_Account: string;
  /** UserID of the previous owner. */
  OriginalOwner_Account: string;
  /** UserID that made the change. */
  Operator_Account: string;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterChangeOwner} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterChangeOwnerSchema = callbackSchema('Live.CallbackAfterChangeOwner', () => ({
  RoomId: v.string(),
  CurrentOwner_Account: AccountIdSchema,
  OriginalOwner_Account: AccountIdSchema,
  Operator_Account: AccountIdSchema,
  EventTime: MillisecondsSchema,
}));
