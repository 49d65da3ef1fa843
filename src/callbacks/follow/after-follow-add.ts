import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/** One user who was followed. */
export interface FollowedUser {
  /** UserID that was followed. */
  To_Account: string;
}

/**
 * A user followed others (e.g. a viewer followed the host). A Chat webhook reused by Live.
 * https://www.tencentcloud.com/document/product/647/74356
 */
export interface FollowCallbackAfterFollowAdd {
  CallbackCommand: 'Follow.CallbackAfterFollowAdd';
  /** UserID who followed. */
  From_Account: string;
  /** The users now followed. */
  FollowList: FollowedUser[];
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link FollowCallbackAfterFollowAdd} body (`v.parse(schema, body)` returns the event). */
export const FollowCallbackAfterFollowAddSchema = callbackSchema('Follow.CallbackAfterFollowAdd', () => ({
  From_Account: AccountIdSchema,
  FollowList: v.array(v.looseObject({ To_Account: AccountIdSchema })),
  EventTime: MillisecondsSchema,
}));
