import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema } from '../shared.js';
import { groupMessageEntries, type GroupMessageFields } from './message.js';

/**
 * A group message could not be delivered: bad parameters (e.g. no such group), frequency limit,
 * content moderation, or a muted sender. Its `ErrorCode`/`ErrorInfo` describe the failure; they are
 * part of the event, not the reply.
 * https://www.tencentcloud.com/document/product/1047/49462
 */
export interface GroupCallbackSendMsgException extends GroupMessageFields {
  CallbackCommand: 'Group.CallbackSendMsgException';
  /** Why delivery failed: a Chat error code, e.g. 10023 (frequency limit). The table types it "Interger". */
  ErrorCode: number;
  /** Details of the failure. */
  ErrorInfo?: string;
  /** When the event fired, Unix milliseconds. The sample quotes it; it comes out as a number. */
  EventTime: number;
}

// No MsgSeq, MsgId or TopicId: the message was never stored.
/** Validates a {@link GroupCallbackSendMsgException} body: `v.parse(GroupCallbackSendMsgExceptionSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackSendMsgExceptionSchema = callbackSchema('Group.CallbackSendMsgException', () => ({
  ...groupMessageEntries,
  ErrorCode: v.number(),
  ErrorInfo: v.exactOptional(v.string()),
  EventTime: MillisecondsSchema,
}));
