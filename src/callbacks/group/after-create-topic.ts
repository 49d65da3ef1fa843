import * as v from 'valibot';
import { AccountIdSchema, callbackSchema } from '../shared.js';
import { GroupTypeSchema, GroupUserDefinedDataListSchema, type GroupType, type GroupUserDefinedData } from './shared.js';

/**
 * A topic was created in a community. No EventTime on the page.
 * https://www.tencentcloud.com/document/product/1047/49464
 */
export interface GroupCallbackAfterCreateTopic {
  CallbackCommand: 'Group.CallbackAfterCreateTopic';
  /** The community the topic belongs to. */
  GroupId: string;
  /** ID of the new topic (the table types it lower-case "string"). */
  TopicId: string;
  /** UserID that created the topic. */
  Operator_Account: string;
  /** UserID of the community's owner; optional, as a group created through the REST API may have none. */
  Owner_Account?: string;
  /** Group type: always Community. */
  Type?: GroupType;
  /** Topic name. */
  Name?: string;
  /** Topic custom fields given at creation (off unless enabled). */
  UserDefinedDataList?: GroupUserDefinedData[];
}

/** Validates a {@link GroupCallbackAfterCreateTopic} body: `v.parse(GroupCallbackAfterCreateTopicSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterCreateTopicSchema = callbackSchema('Group.CallbackAfterCreateTopic', () => ({
  GroupId: v.string(),
  TopicId: v.string(),
  Operator_Account: AccountIdSchema,
  Owner_Account: v.exactOptional(AccountIdSchema),
  Type: v.exactOptional(GroupTypeSchema),
  Name: v.exactOptional(v.string()),
  UserDefinedDataList: v.exactOptional(GroupUserDefinedDataListSchema),
}));
