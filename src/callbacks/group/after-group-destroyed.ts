import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';
import { GroupMemberListSchema, GroupTypeSchema, type GroupMember, type GroupType } from './shared.js';

/**
 * A group was disbanded, from a client or through the REST API. It does not say who disbanded it.
 * https://www.tencentcloud.com/document/product/1047/34377 (zh https://cloud.tencent.com/document/product/269/1670)
 */
export interface GroupCallbackAfterGroupDestroyed {
  CallbackCommand: 'Group.CallbackAfterGroupDestroyed';
  /** The disbanded group. */
  GroupId: string;
  /** Group type. */
  Type?: GroupType;
  /** UserID of the owner; a group created through the REST API may have none, so optional. */
  Owner_Account?: string;
  /** Group name. In the sample, not in the table. */
  Name?: string;
  /** Members when it was disbanded; not sent for Community groups. */
  MemberList?: GroupMember[];
  /** When the event fired, Unix milliseconds. The sample quotes it; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterGroupDestroyed} body: `v.parse(GroupCallbackAfterGroupDestroyedSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterGroupDestroyedSchema = callbackSchema('Group.CallbackAfterGroupDestroyed', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  Owner_Account: v.exactOptional(AccountIdSchema),
  Name: v.exactOptional(v.string()),
  MemberList: v.exactOptional(GroupMemberListSchema),
  EventTime: MillisecondsSchema,
}));
