import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema } from '../shared.js';
import { c2cMessageKeyEntries, type C2CMessageKey } from '../c2c/message.js';

/**
 * A user sent a chatbot a custom pass-through message; the reply's `RspData` (with ErrorCode 0) is
 * passed back to the chatbot. No MsgBody and no MsgTime: the content is `Data`.
 * https://www.tencentcloud.com/document/product/1047/59057
 */
export interface ChatbotOnC2CSignalMessage extends C2CMessageKey {
  CallbackCommand: 'Chatbot.OnC2CSignalMessage';
  /**
   * The pass-through content: a JSON document as a string, kept as sent (parse it yourself). The docs'
   * sample doubles its backslashes, which is not valid JSON; Tencent's real bodies are.
   */
  Data: string;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link ChatbotOnC2CSignalMessage} body: `v.parse(ChatbotOnC2CSignalMessageSchema, body)` returns the event (unknown fields kept). */
export const ChatbotOnC2CSignalMessageSchema = callbackSchema('Chatbot.OnC2CSignalMessage', () => ({
  ...c2cMessageKeyEntries,
  Data: v.string(),
  EventTime: MillisecondsSchema,
}));
