import * as v from 'valibot';
import { callbackSchema } from '../shared.js';
import { GroupTypeSchema, type GroupType } from './shared.js';

/**
 * Topics of a community were deleted. It does not say who deleted them, and has no EventTime.
 * https://www.tencentcloud.com/document/product/1047/49465
 */
export interface GroupCallbackAfterTopicDestroyed {
  CallbackCommand: 'Group.CallbackAfterTopicDestroyed';
  /** The community of the deleted topics. */
  GroupId: string;
  /** Group type: always Community. */
  Type?: GroupType;
  /**
   * IDs of the deleted topics. The table types it String, the sample sends an array of strings: both
   * are accepted, and a single string comes out as a one-element array.
   */
  TopicIdList: string[];
}

/** Validates a {@link GroupCallbackAfterTopicDestroyed} body: `v.parse(GroupCallbackAfterTopicDestroyedSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterTopicDestroyedSchema = callbackSchema('Group.CallbackAfterTopicDestroyed', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  TopicIdList: v.union([
    v.array(v.string()),
    v.pipe(
      v.string(),
      v.transform((id): string[] => [id]),
    ),
  ]),
}));
