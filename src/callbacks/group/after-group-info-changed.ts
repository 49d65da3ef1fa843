import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';
import { GroupTypeSchema, groupProfileChangeEntries, type GroupProfileChange, type GroupType } from './shared.js';

/**
 * A group's name, introduction, notice or face URL changed (other fields do not fire it). Only the
 * changed fields are sent.
 * https://www.tencentcloud.com/document/product/1047/34378 (zh https://cloud.tencent.com/document/product/269/2930)
 */
export interface GroupCallbackAfterGroupInfoChanged extends GroupProfileChange {
  CallbackCommand: 'Group.CallbackAfterGroupInfoChanged';
  /** The group changed. */
  GroupId: string;
  /** Group type. */
  Type?: GroupType;
  /** UserID of whoever changed it. */
  Operator_Account: string;
  /** When the event fired, Unix milliseconds. The en sample quotes it, zh 269/2930 sends a number; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterGroupInfoChanged} body: `v.parse(GroupCallbackAfterGroupInfoChangedSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterGroupInfoChangedSchema = callbackSchema('Group.CallbackAfterGroupInfoChanged', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  Operator_Account: AccountIdSchema,
  ...groupProfileChangeEntries,
  EventTime: MillisecondsSchema,
}));
