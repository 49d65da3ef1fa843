import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';
import { GroupTypeSchema, type GroupType } from './shared.js';

/** One recalled message. */
export interface GroupRecalledMsg {
  /** Sequence number of the recalled message. */
  MsgSeq: number;
  /** Client-side unique message ID. Only the newer text has it (zh 269/73141, trtc.io 46979); the en copy and doocs do not. */
  MsgId?: string;
}

/**
 * Group messages were recalled, by a client user or through the REST API.
 * https://www.tencentcloud.com/document/product/1047/46979 (zh https://cloud.tencent.com/document/product/269/73141)
 */
export interface GroupCallbackAfterRecallMsg {
  CallbackCommand: 'Group.CallbackAfterRecallMsg';
  /** UserID of whoever recalled them. */
  Operator_Account: string;
  /** Group type. */
  Type?: GroupType;
  /** The group. */
  GroupId: string;
  /** The recalled messages. */
  MsgSeqList: GroupRecalledMsg[];
  /** Topic of the recalled messages; topic-enabled communities only. */
  TopicId?: string;
  /** When the event fired, Unix milliseconds. The en sample quotes it, zh 269/73141 sends a number; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterRecallMsg} body: `v.parse(GroupCallbackAfterRecallMsgSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterRecallMsgSchema = callbackSchema('Group.CallbackAfterRecallMsg', () => ({
  Operator_Account: AccountIdSchema,
  Type: v.exactOptional(GroupTypeSchema),
  GroupId: v.string(),
  MsgSeqList: v.array(v.looseObject({ MsgSeq: v.number(), MsgId: v.exactOptional(v.string()) })),
  TopicId: v.exactOptional(v.string()),
  EventTime: MillisecondsSchema,
}));
