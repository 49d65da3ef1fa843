import { callbackSchema } from '../shared.js';
import { friendPairListEntries, type FriendPairListFields } from './friend.js';

/**
 * Friends were deleted, from a client or through the REST API. No EventTime, and nothing says whether
 * a delete was one- or two-way (a two-way delete presumably lists both pairs).
 * https://www.tencentcloud.com/document/product/1047/34360
 */
export interface SnsCallbackFriendDelete extends FriendPairListFields {
  CallbackCommand: 'Sns.CallbackFriendDelete';
}

/** Validates a {@link SnsCallbackFriendDelete} body: `v.parse(SnsCallbackFriendDeleteSchema, body)` returns the event (unknown fields kept). */
export const SnsCallbackFriendDeleteSchema = callbackSchema('Sns.CallbackFriendDelete', () => friendPairListEntries);
