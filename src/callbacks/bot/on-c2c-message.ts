import { MillisecondsSchema, callbackSchema } from '../shared.js';
import { c2cDeliveryEntries, c2cMessageEntries, type C2CDeliveryFields, type C2CMessageFields } from '../c2c/message.js';

/**
 * A one-to-one message to a chatbot account (To_Account, `@RBT#...`) was delivered, from a client or
 * through the REST API: the C2C after-send body without UnreadMsgNum, plus EventTime.
 * https://www.tencentcloud.com/document/product/1047/68952
 */
export interface BotOnC2CMessage extends C2CMessageFields, C2CDeliveryFields {
  CallbackCommand: 'Bot.OnC2CMessage';
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link BotOnC2CMessage} body: `v.parse(BotOnC2CMessageSchema, body)` returns the event (unknown fields kept). */
export const BotOnC2CMessageSchema = callbackSchema('Bot.OnC2CMessage', () => ({
  ...c2cMessageEntries,
  ...c2cDeliveryEntries,
  EventTime: MillisecondsSchema,
}));
