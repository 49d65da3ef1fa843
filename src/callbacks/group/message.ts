import * as v from 'valibot';
import { MsgBodySchema, TIMMsgElementSchema, type TIMMsgElement } from '../msg-body.js';
import { AccountIdSchema, MillisecondsSchema, openString, type OpenString } from '../shared.js';

/* Pieces the two room-message callbacks share (Chat webhooks reused by Live, 647/74347 and 647/74348). */

/** @deprecated Use {@link TIMMsgElement}: one element of a message, discriminated on `MsgType`. */
export type GroupMsgBodyElement = TIMMsgElement;

/** @deprecated Use {@link TIMMsgElementSchema}. */
export const GroupMsgBodyElementSchema = TIMMsgElementSchema;

/** Fields both message callbacks carry. */
export interface GroupMessageFields {
  /** ID of the room's underlying Chat group. */
  GroupId: string;
  /** Group type; "Live" for live rooms. Only describes the group, so optional. */
  Type?: OpenString<'Live'>;
  /** UserID of the sender. */
  From_Account: string;
  /** UserID of whoever asked to send it; differs from the sender for admin-sent messages. */
  Operator_Account: string;
  /** The 32-bit random number of the send request. Optional: nothing is decided on it. */
  Random?: number;
  /**
   * Client-side unique message ID. Only the Live copies of these pages show it (647/74347, 647/74348);
   * the Chat pages of the same webhooks (1047/34374, 1047/34375) and real Chat payloads leave it out.
   */
  MsgId?: string;
  /** The message elements. */
  MsgBody: TIMMsgElement[];
  /** Custom data stored with the message. Chat sends it only when the message has some, so optional. */
  CloudCustomData?: string;
  /** When the event fired, Unix milliseconds. The docs' sample sends it as a quoted string; it comes out as a number. */
  EventTime: number;
}

export const groupMessageEntries = {
  GroupId: v.string(),
  Type: v.exactOptional(openString(['Live'])),
  From_Account: AccountIdSchema,
  Operator_Account: AccountIdSchema,
  Random: v.exactOptional(v.number()),
  MsgId: v.exactOptional(v.string()),
  MsgBody: MsgBodySchema,
  CloudCustomData: v.exactOptional(v.string()),
  EventTime: MillisecondsSchema,
};
