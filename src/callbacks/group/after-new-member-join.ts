import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, openString, type OpenString } from '../shared.js';
import { GroupMemberListSchema, GroupTypeSchema, type GroupMember, type GroupType } from './shared.js';

/**
 * Users joined a group: an application was approved, invitees joined, or the REST API added them.
 * The jp copy's table names it bare `CallbackAfterNewMemberJoin` (accepted).
 * https://www.tencentcloud.com/document/product/1047/34372 (zh https://cloud.tencent.com/document/product/269/1667)
 */
export interface GroupCallbackAfterNewMemberJoin {
  CallbackCommand: 'Group.CallbackAfterNewMemberJoin';
  /** The group joined. */
  GroupId: string;
  /** Group type; real payloads of live rooms say AVChatRoom. */
  Type?: GroupType;
  /** How they joined: Apply (AVChatRoom joins too) or Invited. */
  JoinType?: OpenString<'Apply' | 'Invited'>;
  /** UserID of the applicant or the inviter. */
  Operator_Account: string;
  /** The members who joined. */
  NewMemberList: GroupMember[];
  /** When the event fired, Unix milliseconds. The en sample quotes it, zh and real payloads send a number; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterNewMemberJoin} body: `v.parse(GroupCallbackAfterNewMemberJoinSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterNewMemberJoinSchema = callbackSchema('Group.CallbackAfterNewMemberJoin', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  JoinType: v.exactOptional(openString(['Apply', 'Invited'])),
  Operator_Account: AccountIdSchema,
  NewMemberList: GroupMemberListSchema,
  EventTime: MillisecondsSchema,
}));
