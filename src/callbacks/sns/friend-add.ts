import * as v from 'valibot';
import { AccountIdSchema, callbackSchema, openNumber, openString, type OpenNumber, type OpenString } from '../shared.js';
import { friendPairEntries, type FriendPair } from './friend.js';

/** One friend relation that was added. */
export interface AddedFriendPair extends FriendPair {
  /** UserID that started the add. */
  Initiator_Account: string;
}

/**
 * Friends were added: a one- or two-way add, an accepted request, or an admin's forced add. The
 * import-friends REST API does not trigger it. No EventTime. https://www.tencentcloud.com/document/product/1047/34359
 */
export interface SnsCallbackFriendAdd {
  CallbackCommand: 'Sns.CallbackFriendAdd';
  /** The relations added. */
  PairList: AddedFriendPair[];
  /** What caused it: friend_add / FriendAdd (a request) or friend_response / FriendResponse (an answer); both spellings are documented. */
  ClientCmd?: OpenString<'friend_add' | 'FriendAdd' | 'friend_response' | 'FriendResponse'>;
  /** The admin account when the backend triggered it; empty otherwise. */
  Admin_Account?: string;
  /** 1 when an admin forced the add, 0 otherwise. */
  ForceFlag?: OpenNumber<0 | 1>;
}

/** Validates a {@link SnsCallbackFriendAdd} body: `v.parse(SnsCallbackFriendAddSchema, body)` returns the event (unknown fields kept). */
export const SnsCallbackFriendAddSchema = callbackSchema('Sns.CallbackFriendAdd', () => ({
  PairList: v.array(v.looseObject({ ...friendPairEntries, Initiator_Account: AccountIdSchema })),
  ClientCmd: v.exactOptional(openString(['friend_add', 'FriendAdd', 'friend_response', 'FriendResponse'])),
  Admin_Account: v.exactOptional(AccountIdSchema),
  ForceFlag: v.exactOptional(openNumber([0, 1])),
}));
