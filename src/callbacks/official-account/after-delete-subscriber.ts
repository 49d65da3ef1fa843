import { callbackSchema } from '../shared.js';
import { subscribersEntries, type OfficialAccountSubscribersFields } from './account.js';

/**
 * Users unsubscribed from an official account (from a client, or removed by an admin through REST,
 * 1047/60761). The list keeps the subscribe callbacks' key, `SubscribeAccountList`.
 * https://www.tencentcloud.com/document/product/1047/60802
 */
export interface OfficialAccountCallbackAfterDeleteSubscriber extends OfficialAccountSubscribersFields {
  CallbackCommand: 'OfficialAccount.CallbackAfterDeleteSubscriber';
}

/** Validates a {@link OfficialAccountCallbackAfterDeleteSubscriber} body: `v.parse(OfficialAccountCallbackAfterDeleteSubscriberSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackAfterDeleteSubscriberSchema = callbackSchema(
  'OfficialAccount.CallbackAfterDeleteSubscriber',
  () => subscribersEntries,
);
