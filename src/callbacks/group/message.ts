import * as v from 'valibot';
import { MsgBodySchema, TIMMsgElementSchema, type TIMMsgElement } from '../msg-body.js';
import { AccountIdSchema, openNumber, type OpenNumber } from '../shared.js';
import { GroupTypeSchema, type GroupType } from './shared.js';

/*
 * Pieces the group-message callbacks share: Group.CallbackBeforeSendMsg (1047/34374, Live copy
 * 647/74347), Group.CallbackAfterSendMsg (1047/34375, Live copy 647/74348) and
 * Group.CallbackSendMsgException (1047/49462).
 */

/** @deprecated Use {@link TIMMsgElement}: one element of a message, discriminated on `MsgType`. */
export type GroupMsgBodyElement = TIMMsgElement;

/** @deprecated Use {@link TIMMsgElementSchema}. */
export const GroupMsgBodyElementSchema = TIMMsgElementSchema;

/** Fields every group-message callback carries. */
export interface GroupMessageFields {
  /** ID of the group (for a live room, its underlying Chat group). */
  GroupId: string;
  /** Group type: Public, Community ... on the Chat pages, Live on the Live copies. */
  Type?: GroupType;
  /** UserID of the sender. */
  From_Account: string;
  /** UserID of whoever asked to send it; differs from the sender for admin-sent messages. */
  Operator_Account: string;
  /** The 32-bit random number of the send request. */
  Random?: number;
  /** 1 for an online-only message (not stored), 0 otherwise; always 0 in audio-video (live) groups. Chat pages only. */
  OnlineOnlyFlag?: OpenNumber<0 | 1>;
  /** The message elements. */
  MsgBody: TIMMsgElement[];
  /** Custom data stored with the message. Chat sends it only when the message has some, so optional. */
  CloudCustomData?: string;
}

export const groupMessageEntries = {
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  From_Account: AccountIdSchema,
  Operator_Account: AccountIdSchema,
  Random: v.exactOptional(v.number()),
  OnlineOnlyFlag: v.exactOptional(openNumber([0, 1])),
  MsgBody: MsgBodySchema,
  CloudCustomData: v.exactOptional(v.string()),
};

/** Fields of a message that was (or is about to be) sent: the Before and After message callbacks. */
export interface GroupSentMessageFields extends GroupMessageFields {
  /**
   * Client-side unique message ID. On the Live copies (647/74347, 647/74348) and the Chat zh pages
   * (269/1619, 269/2661); the Chat en pages (1047/34374, 1047/34375) leave it out.
   */
  MsgId?: string;
  /** Topic the message was sent in; topic-enabled communities only. */
  TopicId?: string;
}

export const groupSentMessageEntries = {
  ...groupMessageEntries,
  MsgId: v.exactOptional(v.string()),
  TopicId: v.exactOptional(v.string()),
};
