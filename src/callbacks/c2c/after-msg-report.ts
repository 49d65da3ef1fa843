import * as v from 'valibot';
import { AccountIdSchema, callbackSchema } from '../shared.js';

/**
 * One-to-one messages were marked read, by a client or by an admin (`admin_set_msg_read`). Reads are
 * per conversation up to a time, so there is no MsgKey; no EventTime either.
 * https://www.tencentcloud.com/document/product/1047/43465
 */
export interface C2CCallbackAfterMsgReport {
  CallbackCommand: 'C2C.CallbackAfterMsgReport';
  /** UserID that read the messages. */
  Report_Account: string;
  /** UserID at the other end of the conversation. */
  Peer_Account: string;
  /** Messages up to this time are read, Unix seconds (the page gives no unit; the sample is seconds). */
  LastReadTime: number;
  /** Report_Account's unread one-to-one messages left, over all conversations. */
  UnreadMsgNum?: number;
}

/** Validates a {@link C2CCallbackAfterMsgReport} body: `v.parse(C2CCallbackAfterMsgReportSchema, body)` returns the event (unknown fields kept). */
export const C2CCallbackAfterMsgReportSchema = callbackSchema('C2C.CallbackAfterMsgReport', () => ({
  Report_Account: AccountIdSchema,
  Peer_Account: AccountIdSchema,
  LastReadTime: v.number(),
  UnreadMsgNum: v.exactOptional(v.number()),
}));
