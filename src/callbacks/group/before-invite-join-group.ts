import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';
import { GroupMemberListSchema, GroupTypeSchema, type GroupMember, type GroupType } from './shared.js';

/**
 * Users are about to be added to a group (invited from a client, or added through the REST API); the
 * reply allows, refuses the whole request, or refuses some of the users (`RefusedMembers_Account`).
 * https://www.tencentcloud.com/document/product/1047/34371 (zh https://cloud.tencent.com/document/product/269/1666)
 */
export interface GroupCallbackBeforeInviteJoinGroup {
  CallbackCommand: 'Group.CallbackBeforeInviteJoinGroup';
  /** The group the users are added to. */
  GroupId: string;
  /** Group type (the table's "type of the group to be created" is copied from another page). */
  Type?: GroupType;
  /** UserID of the inviter. */
  Operator_Account: string;
  /** The users to be added. */
  DestinationMembers: GroupMember[];
  /** Topic the users are added to; private topics only. zh 269/1666 table only. */
  TopicId?: string;
  /** When the event fired, Unix milliseconds. The en sample quotes it, zh sends a number; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackBeforeInviteJoinGroup} body: `v.parse(GroupCallbackBeforeInviteJoinGroupSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackBeforeInviteJoinGroupSchema = callbackSchema('Group.CallbackBeforeInviteJoinGroup', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  Operator_Account: AccountIdSchema,
  DestinationMembers: GroupMemberListSchema,
  TopicId: v.exactOptional(v.string()),
  EventTime: MillisecondsSchema,
}));
