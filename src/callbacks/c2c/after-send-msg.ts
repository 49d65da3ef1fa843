import * as v from 'valibot';
import { callbackSchema } from '../shared.js';
import { c2cDeliveryEntries, c2cMessageEntries, type C2CDeliveryFields, type C2CMessageFields } from './message.js';

/**
 * A one-to-one message was delivered, or failed to be (then SendMsgResult is not 0 and UnreadMsgNum
 * is -1). Carries the Before callback's replacement body if it gave one. No EventTime.
 * https://www.tencentcloud.com/document/product/1047/34365
 */
export interface C2CCallbackAfterSendMsg extends C2CMessageFields, C2CDeliveryFields {
  CallbackCommand: 'C2C.CallbackAfterSendMsg';
  /** Client-side unique message ID; only the current zh table lists it (not the sample, not the en table). */
  MsgId?: string;
  /** To_Account's unread one-to-one messages over all conversations; -1 when delivery failed. */
  UnreadMsgNum?: number;
}

/** Validates a {@link C2CCallbackAfterSendMsg} body: `v.parse(C2CCallbackAfterSendMsgSchema, body)` returns the event (unknown fields kept). */
export const C2CCallbackAfterSendMsgSchema = callbackSchema('C2C.CallbackAfterSendMsg', () => ({
  ...c2cMessageEntries,
  ...c2cDeliveryEntries,
  MsgId: v.exactOptional(v.string()),
  UnreadMsgNum: v.exactOptional(v.number()),
}));
