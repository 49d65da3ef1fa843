import { callbackSchema } from '../shared.js';
import { messageEntries, type OfficialAccountMessageFields } from './account.js';

/**
 * An official account is about to send a message to its subscribers; the reply allows, rejects (the
 * sender gets 10016, not C2C's 20006), silently drops or rewrites it. Timeout 2 s, not adjustable.
 * The body names no sender UserID and has no MsgKey or MsgTime yet.
 * https://www.tencentcloud.com/document/product/1047/60803
 */
export interface OfficialAccountCallbackBeforeSendMsg extends OfficialAccountMessageFields {
  CallbackCommand: 'OfficialAccount.CallbackBeforeSendMsg';
}

/** Validates a {@link OfficialAccountCallbackBeforeSendMsg} body: `v.parse(OfficialAccountCallbackBeforeSendMsgSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackBeforeSendMsgSchema = callbackSchema('OfficialAccount.CallbackBeforeSendMsg', () => messageEntries);
