import * as v from 'valibot';
import { MsgBodySchema, type TIMMsgElement } from '../msg-body.js';
import { AccountIdSchema, openNumber, type OpenNumber } from '../shared.js';

/*
 * Pieces the one-to-one message callbacks share: C2C before/after send, recall, extension, and the
 * chatbot callbacks that are C2C messages to a bot (1047/34364, 34365, 43466, 76006, 68952, 59057).
 * A one-to-one message is named by `MsgKey`; `MsgSeq`, `MsgRandom` and `MsgTime` are its parts.
 */

/** What names a one-to-one message: its two parties and its key. */
export interface C2CMessageId {
  /** UserID of the sender. */
  From_Account: string;
  /** UserID of the recipient. */
  To_Account: string;
  /** Unique ID of the message (`<MsgSeq>_<MsgRandom>_<MsgTime>` in the samples); the REST API recalls by it. */
  MsgKey: string;
}

export const c2cMessageIdEntries = { From_Account: AccountIdSchema, To_Account: AccountIdSchema, MsgKey: v.string() };

/** A message's id and the parts of its key. */
export interface C2CMessageKey extends C2CMessageId {
  /** Sequence number, 32-bit unsigned. */
  MsgSeq?: number;
  /** Random number of the send request, 32-bit unsigned. */
  MsgRandom?: number;
}

export const c2cMessageKeyEntries = {
  ...c2cMessageIdEntries,
  MsgSeq: v.exactOptional(v.number()),
  MsgRandom: v.exactOptional(v.number()),
};

/** A one-to-one message as the send callbacks carry it. */
export interface C2CMessageFields extends C2CMessageKey {
  /** When it was sent, Unix seconds; one-to-one messages sort by MsgTime, then MsgSeq. */
  MsgTime?: number;
  /** 1 for an online-only message (not stored, not pushed), 0 otherwise. */
  OnlineOnlyFlag?: OpenNumber<0 | 1>;
  /** The message elements. */
  MsgBody: TIMMsgElement[];
  /** Custom data stored with the message and delivered to the peer; sent only when the message has some. */
  CloudCustomData?: string;
}

export const c2cMessageEntries = {
  ...c2cMessageKeyEntries,
  MsgTime: v.exactOptional(v.number()),
  OnlineOnlyFlag: v.exactOptional(openNumber([0, 1])),
  MsgBody: MsgBodySchema,
  CloudCustomData: v.exactOptional(v.string()),
};

/** How delivery went, in the callbacks sent after a message was delivered (or failed to be). */
export interface C2CDeliveryFields {
  /** 0 when delivered, otherwise the error code (1047/34348). */
  SendMsgResult?: number;
  /** `send msg succeed`, or why delivery failed. A request field, not the reply's ErrorInfo. */
  ErrorInfo?: string;
}

export const c2cDeliveryEntries = {
  SendMsgResult: v.exactOptional(v.number()),
  ErrorInfo: v.exactOptional(v.string()),
};
