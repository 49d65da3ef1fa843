import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/**
 * Room metadata keys were deleted. The page's parameter table says the command is
 * Live.CallbackAfterSetMetadata; its body sample and the command list say this one, and the body
 * decides. https://www.tencentcloud.com/document/product/647/68223
 */
export interface LiveCallbackAfterDelMetadata {
  CallbackCommand: 'Live.CallbackAfterDelMetadata';
  /** UserID that deleted the keys. */
  Operator_Account: string;
  /** Room ID. */
  RoomId: string;
  /** The metadata keys that were removed. */
  Keys: string[];
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterDelMetadata} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterDelMetadataSchema = callbackSchema('Live.CallbackAfterDelMetadata', () => ({
  Operator_Account: AccountIdSchema,
  RoomId: v.string(),
  Keys: v.array(v.string()),
  EventTime: MillisecondsSchema,
}));
