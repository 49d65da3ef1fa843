import * as v from 'valibot';
import { callbackSchema } from '../shared.js';
import { c2cMessageIdEntries, type C2CMessageId } from './message.js';

/**
 * A one-to-one message was recalled, from a client or through the REST API. Who recalled it is not
 * given; no EventTime. Note the capital D of the command. https://www.tencentcloud.com/document/product/1047/43466
 */
export interface C2CCallbackAfterMsgWithDraw extends C2CMessageId {
  CallbackCommand: 'C2C.CallbackAfterMsgWithDraw';
  /** To_Account's unread one-to-one messages over all conversations. */
  UnreadMsgNum?: number;
}

/** Validates a {@link C2CCallbackAfterMsgWithDraw} body: `v.parse(C2CCallbackAfterMsgWithDrawSchema, body)` returns the event (unknown fields kept). */
export const C2CCallbackAfterMsgWithDrawSchema = callbackSchema('C2C.CallbackAfterMsgWithDraw', () => ({
  ...c2cMessageIdEntries,
  UnreadMsgNum: v.exactOptional(v.number()),
}));
