import { callbackSchema } from '../shared.js';
import { subscribersEntries, type OfficialAccountSubscribersFields } from './account.js';

/**
 * Users subscribed to an official account (from a client, or added by an admin through REST).
 * https://www.tencentcloud.com/document/product/1047/60800
 */
export interface OfficialAccountCallbackAfterAddSubscriber extends OfficialAccountSubscribersFields {
  CallbackCommand: 'OfficialAccount.CallbackAfterAddSubscriber';
}

/** Validates a {@link OfficialAccountCallbackAfterAddSubscriber} body: `v.parse(OfficialAccountCallbackAfterAddSubscriberSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackAfterAddSubscriberSchema = callbackSchema(
  'OfficialAccount.CallbackAfterAddSubscriber',
  () => subscribersEntries,
);
