import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';
import { GroupTypeSchema, type GroupType } from './shared.js';

/**
 * A user applied to join a group; the reply lets the application go on (admins may still have to
 * approve it) or refuses it. One English copy names it `roup.CallbackBeforeApplyJoinGroup` (accepted).
 * https://www.tencentcloud.com/document/product/1047/34370 (zh https://cloud.tencent.com/document/product/269/1665)
 */
export interface GroupCallbackBeforeApplyJoinGroup {
  CallbackCommand: 'Group.CallbackBeforeApplyJoinGroup';
  /** The group applied to. */
  GroupId: string;
  /** Group type. */
  Type?: GroupType;
  /** UserID of the applicant. */
  Requestor_Account: string;
  /** The applicant's message. zh 269/1665 only. */
  ApplyMsg?: string;
  /** Topic applied to; private topics only. zh 269/1665 table only. */
  TopicId?: string;
  /** When the event fired, Unix milliseconds. The en sample quotes it, zh sends a number; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackBeforeApplyJoinGroup} body: `v.parse(GroupCallbackBeforeApplyJoinGroupSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackBeforeApplyJoinGroupSchema = callbackSchema('Group.CallbackBeforeApplyJoinGroup', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  Requestor_Account: AccountIdSchema,
  ApplyMsg: v.exactOptional(v.string()),
  TopicId: v.exactOptional(v.string()),
  EventTime: MillisecondsSchema,
}));
