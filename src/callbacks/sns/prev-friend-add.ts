import * as v from 'valibot';
import { callbackSchema, openNumber, openString, type OpenNumber, type OpenString } from '../shared.js';
import { friendRequestEntries, friendRequestTargetEntries, type FriendRequestFields, type FriendRequestTarget } from './friend.js';

/** One user `From_Account` asks to add. */
export interface FriendAddItem extends FriendRequestTarget {
  /** Where the request came from, `AddSource_Type_<keyword>` (such as `AddSource_Type_Android`). */
  AddSource?: string;
  /** The request's message text. */
  AddWording?: string;
}

/**
 * A client asked to add friends; the reply allows or refuses each target (`ResultItem[]`, refuse with
 * a ResultCode in 38000-39000). Requests made through the REST API do not trigger it.
 * https://www.tencentcloud.com/document/product/1047/43468
 */
export interface SnsCallbackPrevFriendAdd extends FriendRequestFields {
  CallbackCommand: 'Sns.CallbackPrevFriendAdd';
  /** The users to add, one entry each. */
  FriendItem: FriendAddItem[];
  /** One-way (`Add_Type_Single`) or two-way (`Add_Type_Both`, the default) add. */
  AddType?: OpenString<'Add_Type_Single' | 'Add_Type_Both'>;
  /** 1 when an admin forces the add, 0 otherwise. */
  ForceAddFlags?: OpenNumber<0 | 1>;
}

/** Validates a {@link SnsCallbackPrevFriendAdd} body: `v.parse(SnsCallbackPrevFriendAddSchema, body)` returns the event (unknown fields kept). */
export const SnsCallbackPrevFriendAddSchema = callbackSchema('Sns.CallbackPrevFriendAdd', () => ({
  ...friendRequestEntries,
  FriendItem: v.array(
    v.looseObject({
      ...friendRequestTargetEntries,
      AddSource: v.exactOptional(v.string()),
      AddWording: v.exactOptional(v.string()),
    }),
  ),
  AddType: v.exactOptional(openString(['Add_Type_Single', 'Add_Type_Both'])),
  ForceAddFlags: v.exactOptional(openNumber([0, 1])),
}));
