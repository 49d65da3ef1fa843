import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/**
 * A user unfollowed others. Unlike FollowAdd, the users are a flat list of IDs (the table calls them
 * objects, the sample sends strings). https://www.tencentcloud.com/document/product/647/74357
 */
export interface FollowCallbackAfterFollowDelete {
  CallbackCommand: 'Follow.CallbackAfterFollowDelete';
  /** UserID who unfollowed. */
  From_Account: string;
  /** UserIDs no longer followed. */
  To_Account: string[];
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link FollowCallbackAfterFollowDelete} body (`v.parse(schema, body)` returns the event). */
export const FollowCallbackAfterFollowDeleteSchema = callbackSchema('Follow.CallbackAfterFollowDelete', () => ({
  From_Account: AccountIdSchema,
  To_Account: v.array(AccountIdSchema),
  EventTime: MillisecondsSchema,
}));
