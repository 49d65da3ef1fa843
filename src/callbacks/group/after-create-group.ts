import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';
import {
  GroupInviteOptionSchema,
  GroupMemberListSchema,
  GroupTypeSchema,
  GroupUserDefinedDataListSchema,
  type GroupInviteOption,
  type GroupMember,
  type GroupType,
  type GroupUserDefinedData,
} from './shared.js';

/**
 * A group was created (by a client or the REST API). Community groups report it 3 s late (zh 269/1663).
 * https://www.tencentcloud.com/document/product/1047/34369 (zh https://cloud.tencent.com/document/product/269/1663)
 */
export interface GroupCallbackAfterCreateGroup {
  CallbackCommand: 'Group.CallbackAfterCreateGroup';
  /** ID of the new group. The en table spells the row `groupID`; the sample, the zh table and real payloads say `GroupId`. */
  GroupId: string;
  /** UserID that created the group. */
  Operator_Account: string;
  /** UserID of the owner; a group created through the REST API may have none, so optional. */
  Owner_Account?: string;
  /** Group type. */
  Type?: GroupType;
  /** Group name. */
  Name?: string;
  /** Initial members; absent when the group was created without any. */
  MemberList?: GroupMember[];
  /** Group custom fields given at creation (off unless enabled); real payloads leave it out when none were set. */
  UserDefinedDataList?: GroupUserDefinedData[];
  /** Invite option of the group; not on any page, seen in a real payload (`NeedPermission`). */
  InviteOption?: GroupInviteOption;
  /** When the event fired, Unix milliseconds. The en sample quotes it, zh and real payloads send a number; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterCreateGroup} body: `v.parse(GroupCallbackAfterCreateGroupSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterCreateGroupSchema = callbackSchema('Group.CallbackAfterCreateGroup', () => ({
  GroupId: v.string(),
  Operator_Account: AccountIdSchema,
  Owner_Account: v.exactOptional(AccountIdSchema),
  Type: v.exactOptional(GroupTypeSchema),
  Name: v.exactOptional(v.string()),
  MemberList: v.exactOptional(GroupMemberListSchema),
  UserDefinedDataList: v.exactOptional(GroupUserDefinedDataListSchema),
  InviteOption: v.exactOptional(GroupInviteOptionSchema),
  EventTime: MillisecondsSchema,
}));
