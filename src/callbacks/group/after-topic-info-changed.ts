import * as v from 'valibot';
import { AccountIdSchema, callbackSchema } from '../shared.js';
import { GroupTypeSchema, groupProfileChangeEntries, type GroupProfileChange, type GroupType } from './shared.js';

/**
 * A topic's name, introduction, notice or face URL changed. Neither page (en, zh 269/78209) says which
 * topic: there is no TopicId. No EventTime either.
 * https://www.tencentcloud.com/document/product/1047/49466
 */
export interface GroupCallbackAfterTopicInfoChanged extends GroupProfileChange {
  CallbackCommand: 'Group.CallbackAfterTopicInfoChanged';
  /** The community whose topic changed. */
  GroupId: string;
  /** Group type: always Community (the table's "of the deleted topic" is copied from another page). */
  Type?: GroupType;
  /** UserID of whoever changed it. */
  Operator_Account: string;
}

/** Validates a {@link GroupCallbackAfterTopicInfoChanged} body: `v.parse(GroupCallbackAfterTopicInfoChangedSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterTopicInfoChangedSchema = callbackSchema('Group.CallbackAfterTopicInfoChanged', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  Operator_Account: AccountIdSchema,
  ...groupProfileChangeEntries,
}));
