import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema } from '../shared.js';

/* Pieces the relationship-chain (Sns.*) callbacks share (1047/43468, 43467, 34359-34362). */

/** One relation that changed: a user's friend list or blocklist gained or lost another user. */
export interface FriendPair {
  /** UserID whose friend list or blocklist changed. */
  From_Account: string;
  /** UserID added to or removed from that list. */
  To_Account: string;
}

export const friendPairEntries = { From_Account: AccountIdSchema, To_Account: AccountIdSchema };

/** The body of the after-callbacks that only list the changed pairs. */
export interface FriendPairListFields {
  /** The relations that changed. */
  PairList: FriendPair[];
}

export const friendPairListEntries = { PairList: v.array(v.looseObject(friendPairEntries)) };

/**
 * The user a friend request (or the answer to one) is about, and how `From_Account` files them.
 * The add page names the friend list `GroupName`, the response page `TagName`: both are read on both.
 */
export interface FriendRequestTarget {
  /** UserID the request is about; the reply answers per To_Account. */
  To_Account: string;
  /** Remark `From_Account` gives `To_Account`. */
  Remark?: string;
  /** Friend list `From_Account` puts `To_Account` in (the name on the add page, 1047/43468). */
  GroupName?: string;
  /** Friend list `From_Account` puts `To_Account` in (the name on the response page, 1047/43467). */
  TagName?: string;
}

export const friendRequestTargetEntries = {
  To_Account: AccountIdSchema,
  Remark: v.exactOptional(v.string()),
  GroupName: v.exactOptional(v.string()),
  TagName: v.exactOptional(v.string()),
};

/** Fields both friend-request Before callbacks carry. */
export interface FriendRequestFields {
  /** UserID that sent the request to the Chat backend. */
  Requester_Account: string;
  /** UserID that adds friends, or answers a request. */
  From_Account: string;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

export const friendRequestEntries = {
  Requester_Account: AccountIdSchema,
  From_Account: AccountIdSchema,
  EventTime: MillisecondsSchema,
};
