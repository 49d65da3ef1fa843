import * as v from 'valibot';
import { AccountIdSchema, callbackSchema } from '../shared.js';
import { GroupTypeSchema, type GroupType } from './shared.js';

/**
 * A topic is about to be created in a topic-enabled community; the reply allows or refuses it.
 * It does not say which community (no GroupId), and carries no EventTime (en and zh agree).
 * https://www.tencentcloud.com/document/product/1047/49463 (zh https://cloud.tencent.com/document/product/269/78206)
 */
export interface GroupCallbackBeforeCreateTopic {
  CallbackCommand: 'Group.CallbackBeforeCreateTopic';
  /** UserID of whoever asked to create the topic. */
  Operator_Account: string;
  /** Type of the group the topic belongs to: always Community. */
  Type?: GroupType;
  /** Name of the topic to be created (a decision input, e.g. for moderation; the sample's comment says "group name"). */
  Name: string;
}

/** Validates a {@link GroupCallbackBeforeCreateTopic} body: `v.parse(GroupCallbackBeforeCreateTopicSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackBeforeCreateTopicSchema = callbackSchema('Group.CallbackBeforeCreateTopic', () => ({
  Operator_Account: AccountIdSchema,
  Type: v.exactOptional(GroupTypeSchema),
  Name: v.string(),
}));
