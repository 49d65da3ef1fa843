import * as v from 'valibot';
import { AccountIdSchema, callbackSchema } from '../shared.js';

/** The gift being sent. Who sends what to whom, how many and at what value decide the reply, so they are required. */
export interface LiveGiftWater {
  /** UserID of the sender. */
  From_Account: string;
  /** UserIDs of the recipients. */
  To_Account: string[];
  /** When the gift was sent, Unix seconds. Only describes, so optional. */
  Time?: number;
  /** Gift ID. */
  GiftId: string;
  /** How many of the gift. */
  Count: number;
  /** Value of one gift, in the app's coins. */
  Coins: number;
}

/**
 * A user is about to send a gift; the reply decides whether it goes through. Tencent waits 2 s and
 * blocks the gift when no answer comes (unless Live.CallbackBeforeCallBackNotBlock is configured).
 * https://www.tencentcloud.com/document/product/647/72210
 */
export interface LiveCallbackBeforeSendGift {
  CallbackCommand: 'Live.CallbackBeforeSendGift';
  /** UserID that sends the gift. */
  Operator_Account: string;
  /** Room ID. */
  RoomId: string;
  /** The gift transaction. */
  GiftWater: LiveGiftWater;
}

/** Validates a {@link LiveCallbackBeforeSendGift} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackBeforeSendGiftSchema = callbackSchema('Live.CallbackBeforeSendGift', () => ({
  Operator_Account: AccountIdSchema,
  RoomId: v.string(),
  GiftWater: v.looseObject({
    From_Account: AccountIdSchema,
    To_Account: v.array(AccountIdSchema),
    Time: v.exactOptional(v.number()),
    GiftId: v.string(),
    Count: v.number(),
    Coins: v.number(),
  }),
}));
