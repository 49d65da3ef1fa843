import * as v from 'valibot';
import { MsgBodySchema, type TIMMsgElement } from '../msg-body.js';
import {
  AccountIdSchema,
  MillisecondsSchema,
  callbackSchema,
  openNumber,
  openString,
  type OpenNumber,
  type OpenString,
} from '../shared.js';

/** A Chat group type (1047/33529); Work and Meeting are the newer names of Private and ChatRoom. */
export type ChatGroupType = OpenString<'Private' | 'Work' | 'Public' | 'ChatRoom' | 'Meeting' | 'AVChatRoom' | 'Community'>;

/**
 * A user @-mentioned one or more chatbots in a group (not sent for @all). Needs the console switch
 * "chatbot event callback". https://www.tencentcloud.com/document/product/1047/68953
 */
export interface BotOnGroupMessage {
  CallbackCommand: 'Bot.OnGroupMessage';
  /** Group the message was sent in. */
  GroupId: string;
  /** Topic of a community group with topics; absent otherwise. */
  TopicId?: string;
  /** The group's type, such as Public. */
  Type?: ChatGroupType;
  /** UserID of the sender. */
  From_Account: string;
  /** UserID of whoever asked to send it; differs from the sender for admin-sent messages. */
  Operator_Account: string;
  /** The chatbots mentioned (IDs start with `@RBT#`). */
  AtRobots_Account: string[];
  /** Sequence number; with GroupId it names the message. */
  MsgSeq: number;
  /** The 32-bit random number of the send request. */
  Random?: number;
  /** When the server accepted the message, Unix seconds (the page gives no unit; the sample is seconds). */
  MsgTime?: number;
  /** 1 for an online-only message, else 0; always 0 in live (AVChatRoom) groups. */
  OnlineOnlyFlag?: OpenNumber<0 | 1>;
  /** The message elements. */
  MsgBody: TIMMsgElement[];
  /** Custom data stored with the message; sent only when the message has some. */
  CloudCustomData?: string;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link BotOnGroupMessage} body: `v.parse(BotOnGroupMessageSchema, body)` returns the event (unknown fields kept). */
export const BotOnGroupMessageSchema = callbackSchema('Bot.OnGroupMessage', () => ({
  GroupId: v.string(),
  TopicId: v.exactOptional(v.string()),
  Type: v.exactOptional(openString(['Private', 'Work', 'Public', 'ChatRoom', 'Meeting', 'AVChatRoom', 'Community'])),
  From_Account: AccountIdSchema,
  Operator_Account: AccountIdSchema,
  AtRobots_Account: v.array(AccountIdSchema),
  MsgSeq: v.number(),
  Random: v.exactOptional(v.number()),
  MsgTime: v.exactOptional(v.number()),
  OnlineOnlyFlag: v.exactOptional(openNumber([0, 1])),
  MsgBody: MsgBodySchema,
  CloudCustomData: v.exactOptional(v.string()),
  EventTime: MillisecondsSchema,
}));
