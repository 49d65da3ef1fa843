import * as v from 'valibot';
import { AccountIdSchema, LooseIntegerSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/**
 * A room was created and the app's room count reached 70% of its quota.
 * https://www.tencentcloud.com/document/product/647/70485
 */
export interface LiveCallbackAfterCreateRoomReachingThreshold {
  CallbackCommand: 'Live.CallbackAfterCreateRoomReachingThreshold';
  /** UserID whose create-room request set off the alert. */
  Operator_Account: string;
  /** Rooms that exist now. The docs type it String, the sample sends an integer; both come out as a number. A count, so optional. */
  CurRoomCount?: number;
  /** The app's room quota. The docs type it Array, the sample sends an integer; both come out as a number. A count, so optional. */
  MaxRoomCount?: number;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterCreateRoomReachingThreshold} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterCreateRoomReachingThresholdSchema = callbackSchema('Live.CallbackAfterCreateRoomReachingThreshold', () => ({
  Operator_Account: AccountIdSchema,
  CurRoomCount: v.exactOptional(LooseIntegerSchema),
  MaxRoomCount: v.exactOptional(LooseIntegerSchema),
  EventTime: MillisecondsSchema,
}));
