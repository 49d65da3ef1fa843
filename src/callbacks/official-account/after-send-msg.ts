import * as v from 'valibot';
import { callbackSchema } from '../shared.js';
import { messageEntries, type OfficialAccountMessageFields } from './account.js';

/**
 * An official account's message was delivered to its subscribers.
 * https://www.tencentcloud.com/document/product/1047/60804
 */
export interface OfficialAccountCallbackAfterSendMsg extends OfficialAccountMessageFields {
  CallbackCommand: 'OfficialAccount.CallbackAfterSendMsg';
  /** Unique message ID (e.g. `71_1_1698741698`); recalls the message through REST (1047/60811). */
  MsgKey: string;
  /** When the server accepted the message, Unix seconds (the page gives no unit; the sample is seconds). */
  MsgTime?: number;
}

/** Validates a {@link OfficialAccountCallbackAfterSendMsg} body: `v.parse(OfficialAccountCallbackAfterSendMsgSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackAfterSendMsgSchema = callbackSchema('OfficialAccount.CallbackAfterSendMsg', () => ({
  ...messageEntries,
  MsgKey: v.string(),
  MsgTime: v.exactOptional(v.number()),
}));
