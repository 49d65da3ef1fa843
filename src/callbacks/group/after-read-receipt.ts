import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema } from '../shared.js';
import { GroupMemberListSchema, GroupTypeSchema, type GroupMember, type GroupType } from './shared.js';

/** Read counts of one group message. */
export interface GroupMsgReceipt {
  /** Sequence number of the message. */
  MsgSeq: number;
  /** Members who have read it. */
  ReadNum?: number;
  /** Members who have not read it yet. */
  UnreadNum?: number;
  /** Members who read it (whether all readers or only the new ones is not documented). */
  ReadReceiptMembers?: GroupMember[];
}

/**
 * Read receipts were sent for group messages (messages were acknowledged as read).
 * https://www.tencentcloud.com/document/product/1047/60395
 */
export interface GroupCallbackAfterReadReceipt {
  CallbackCommand: 'Group.CallbackAfterReadReceipt';
  /** The group. */
  GroupId: string;
  /** Group type. */
  Type?: GroupType;
  /** One entry per message (the table lists the entry fields flat). */
  GroupMsgReceiptList: GroupMsgReceipt[];
  /** When the event fired, Unix milliseconds. The sample quotes it; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterReadReceipt} body: `v.parse(GroupCallbackAfterReadReceiptSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterReadReceiptSchema = callbackSchema('Group.CallbackAfterReadReceipt', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  GroupMsgReceiptList: v.array(
    v.looseObject({
      MsgSeq: v.number(),
      ReadNum: v.exactOptional(v.number()),
      UnreadNum: v.exactOptional(v.number()),
      ReadReceiptMembers: v.exactOptional(GroupMemberListSchema),
    }),
  ),
  EventTime: MillisecondsSchema,
}));
