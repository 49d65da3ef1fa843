import { callbackSchema } from '../shared.js';
import { c2cMessageEntries, type C2CMessageFields } from './message.js';

/**
 * A one-to-one message (from a client or the REST API) is about to be delivered. The reply allows it
 * (ErrorCode 0), rejects it (1: the sender gets 20006; 120001-130000: the sender gets your code and
 * ErrorInfo), drops it silently (2: the sender sees success) or replaces its MsgBody /
 * CloudCustomData. Not retried; on a 2 s timeout the message is delivered unless the console says
 * otherwise. No EventTime. https://www.tencentcloud.com/document/product/1047/34364
 */
export interface C2CCallbackBeforeSendMsg extends C2CMessageFields {
  CallbackCommand: 'C2C.CallbackBeforeSendMsg';
}

/** Validates a {@link C2CCallbackBeforeSendMsg} body: `v.parse(C2CCallbackBeforeSendMsgSchema, body)` returns the event (unknown fields kept). */
export const C2CCallbackBeforeSendMsgSchema = callbackSchema('C2C.CallbackBeforeSendMsg', () => c2cMessageEntries);
