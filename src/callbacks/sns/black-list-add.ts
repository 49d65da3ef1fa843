import { callbackSchema } from '../shared.js';
import { friendPairListEntries, type FriendPairListFields } from './friend.js';

/**
 * Users were added to blocklists, from a client or through the REST API. No EventTime.
 * https://www.tencentcloud.com/document/product/1047/34361
 */
export interface SnsCallbackBlackListAdd extends FriendPairListFields {
  CallbackCommand: 'Sns.CallbackBlackListAdd';
}

/** Validates a {@link SnsCallbackBlackListAdd} body: `v.parse(SnsCallbackBlackListAddSchema, body)` returns the event (unknown fields kept). */
export const SnsCallbackBlackListAddSchema = callbackSchema('Sns.CallbackBlackListAdd', () => friendPairListEntries);
