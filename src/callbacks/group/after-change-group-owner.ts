import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';
import { GroupTypeSchema, type GroupType } from './shared.js';

/**
 * A group's ownership was transferred.
 * https://www.tencentcloud.com/document/product/1047/60396 (zh https://cloud.tencent.com/document/product/269/105356)
 */
export interface GroupCallbackAfterChangeGroupOwner {
  CallbackCommand: 'Group.CallbackAfterChangeGroupOwner';
  /** The group. */
  GroupId: string;
  /** Group type. */
  Type?: GroupType;
  /** UserID of whoever made the transfer. */
  Operator_Account: string;
  /** UserID of the previous owner. */
  OldOwner_Account: string;
  /** UserID of the new owner. */
  NewOwner_Account: string;
  /** When the event fired, Unix milliseconds. The samples (en and zh) quote it; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterChangeGroupOwner} body: `v.parse(GroupCallbackAfterChangeGroupOwnerSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterChangeGroupOwnerSchema = callbackSchema('Group.CallbackAfterChangeGroupOwner', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  Operator_Account: AccountIdSchema,
  OldOwner_Account: AccountIdSchema,
  NewOwner_Account: AccountIdSchema,
  EventTime: MillisecondsSchema,
}));
