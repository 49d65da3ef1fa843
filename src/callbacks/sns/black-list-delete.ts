import { callbackSchema } from '../shared.js';
import { friendPairListEntries, type FriendPairListFields } from './friend.js';

/**
 * Users were removed from blocklists, from a client or through the REST API. No EventTime.
 * https://www.tencentcloud.com/document/product/1047/34362
 */
export interface SnsCallbackBlackListDelete extends FriendPairListFields {
  CallbackCommand: 'Sns.CallbackBlackListDelete';
}

/** Validates a {@link SnsCallbackBlackListDelete} body: `v.parse(SnsCallbackBlackListDeleteSchema, body)` returns the event (unknown fields kept). */
export const SnsCallbackBlackListDeleteSchema = callbackSchema('Sns.CallbackBlackListDelete', () => friendPairListEntries);
