import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';
import {
  GroupInviteOptionSchema,
  GroupMemberListSchema,
  GroupTypeSchema,
  type GroupInviteOption,
  type GroupMember,
  type GroupType,
} from './shared.js';

/**
 * A group is about to be created (by a client or the REST API); the reply allows or refuses it.
 * https://www.tencentcloud.com/document/product/1047/34368 (zh https://cloud.tencent.com/document/product/269/1662)
 */
export interface GroupCallbackBeforeCreateGroup {
  CallbackCommand: 'Group.CallbackBeforeCreateGroup';
  /** UserID of whoever asked to create the group. */
  Operator_Account: string;
  /** UserID that will own the group; a group created through the REST API may have no owner, so optional. */
  Owner_Account?: string;
  /** Type of the group to be created (a decision input: quotas and rules differ per type). */
  Type: GroupType;
  /** Name of the group to be created (a decision input, e.g. for moderation). */
  Name: string;
  /** Initial members; absent when the group is created without any. */
  MemberList?: GroupMember[];
  /**
   * How many groups of this type the user has already created, as the en page documents it. The
   * newest zh page (269/1662, 2025-12) dropped it, the 2021 English copy called it `CreatedNum`, and
   * the wire sends `CreatedGroupNum` instead: expect either, or neither.
   */
  CreateGroupNum?: number;
  /**
   * Groups the user has already created, by group type, e.g. `{ "Public": 5 }`: what real payloads
   * carry in place of `CreateGroupNum` (doocs/qcloud-im-server-sdk-java#182). Not on any page. A plain
   * number is accepted too (one Java client models it so).
   */
  CreatedGroupNum?: Record<string, number> | number;
  /** Invite option of the new group; not on any page (see {@link GroupInviteOption}). */
  InviteOption?: GroupInviteOption;
  /** When the event fired, Unix milliseconds. The en sample quotes it, zh 269/1662 sends a number; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackBeforeCreateGroup} body: `v.parse(GroupCallbackBeforeCreateGroupSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackBeforeCreateGroupSchema = callbackSchema('Group.CallbackBeforeCreateGroup', () => ({
  Operator_Account: AccountIdSchema,
  Owner_Account: v.exactOptional(AccountIdSchema),
  Type: GroupTypeSchema,
  Name: v.string(),
  MemberList: v.exactOptional(GroupMemberListSchema),
  CreateGroupNum: v.exactOptional(v.number()),
  CreatedGroupNum: v.exactOptional(v.union([v.record(v.string(), v.number()), v.number()])),
  InviteOption: v.exactOptional(GroupInviteOptionSchema),
  EventTime: MillisecondsSchema,
}));
