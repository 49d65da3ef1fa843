import * as v from 'valibot';
import { callbackSchema, openString, type OpenString } from '../shared.js';
import { friendRequestEntries, friendRequestTargetEntries, type FriendRequestFields, type FriendRequestTarget } from './friend.js';

/** How a user answers a friend request. */
export type FriendResponseAction = OpenString<'Response_Action_AgreeAndAdd' | 'Response_Action_Agree' | 'Response_Action_Reject'>;

/** One friend request `From_Account` answers. */
export interface FriendResponseItem extends FriendRequestTarget {
  /** AgreeAndAdd (accept and add back), Agree (let them add me) or Reject. */
  ResponseAction: FriendResponseAction;
}

/**
 * A client answered friend requests; the reply allows or refuses each answer (`ResultItem[]`, refuse
 * with a ResultCode in 38000-39000). Answers made through the REST API do not trigger it.
 * https://www.tencentcloud.com/document/product/1047/43467
 */
export interface SnsCallbackPrevFriendResponse extends FriendRequestFields {
  CallbackCommand: 'Sns.CallbackPrevFriendResponse';
  /** The requests answered, one entry per user who asked (To_Account). */
  ResponseFriendItem: FriendResponseItem[];
}

/** Validates a {@link SnsCallbackPrevFriendResponse} body: `v.parse(SnsCallbackPrevFriendResponseSchema, body)` returns the event (unknown fields kept). */
export const SnsCallbackPrevFriendResponseSchema = callbackSchema('Sns.CallbackPrevFriendResponse', () => ({
  ...friendRequestEntries,
  ResponseFriendItem: v.array(
    v.looseObject({
      ...friendRequestTargetEntries,
      ResponseAction: openString(['Response_Action_AgreeAndAdd', 'Response_Action_Agree', 'Response_Action_Reject']),
    }),
  ),
}));
