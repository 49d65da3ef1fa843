import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema } from '../shared.js';

/**
 * A group became full after a member joined, or a join failed because it is full. Query the group
 * for anything more: the callback carries only its ID.
 * https://www.tencentcloud.com/document/product/1047/34376 (zh https://cloud.tencent.com/document/product/269/1669)
 */
export interface GroupCallbackAfterGroupFull {
  CallbackCommand: 'Group.CallbackAfterGroupFull';
  /** The full group. */
  GroupId: string;
  /** When the event fired, Unix milliseconds; the sample quotes it. An older sample has none, so optional. */
  EventTime?: number;
}

/** Validates a {@link GroupCallbackAfterGroupFull} body: `v.parse(GroupCallbackAfterGroupFullSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterGroupFullSchema = callbackSchema('Group.CallbackAfterGroupFull', () => ({
  GroupId: v.string(),
  EventTime: v.exactOptional(MillisecondsSchema),
}));
