import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/** One room metadata entry. */
export interface LiveMetadataEntry {
  /** Metadata key. */
  Key: string;
  /** Its value, as set. */
  Value: string;
}

/**
 * Room metadata keys were set, by a user through the SDK or by an admin through the REST API.
 * https://www.tencentcloud.com/document/product/647/68222
 */
export interface LiveCallbackAfterSetMetadata {
  CallbackCommand: 'Live.CallbackAfterSetMetadata';
  /** UserID that set the metadata. */
  Operator_Account: string;
  /** Room ID. */
  RoomId: string;
  /** The key/value pairs that were set. */
  Metadata: LiveMetadataEntry[];
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterSetMetadata} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterSetMetadataSchema = callbackSchema('Live.CallbackAfterSetMetadata', () => ({
  Operator_Account: AccountIdSchema,
  RoomId: v.string(),
  Metadata: v.array(v.looseObject({ Key: v.string(), Value: v.string() })),
  EventTime: MillisecondsSchema,
}));
