import * as v from 'valibot';
import { callbackSchema } from '../shared.js';
import { groupMessageEntries, type GroupMessageFields } from './message.js';

/**
 * A room message was delivered. A Chat webhook reused by Live.
 * https://www.tencentcloud.com/document/product/647/74348
 */
export interface GroupCallbackAfterSendMsg extends GroupMessageFields {
  CallbackCommand: 'Group.CallbackAfterSendMsg';
  /** Sequence number; messages of a room are ordered by it. */
  MsgSeq: number;
  /** When the server accepted the message, Unix seconds. */
  MsgTime: number;
}

/** Validates a {@link GroupCallbackAfterSendMsg} body (`v.parse(schema, body)` returns the event). */
export const GroupCallbackAfterSendMsgSchema = callbackSchema('Group.CallbackAfterSendMsg', {
  ...groupMessageEntries,
  MsgSeq: v.number(),
  MsgTime: v.number(),
});
