import { callbackSchema } from '../shared.js';
import { subscribersEntries, type OfficialAccountSubscribersFields } from './account.js';

/**
 * Users are about to subscribe to an official account (from a client, or added by an admin through
 * REST, 1047/60760); the reply lets them all in, refuses some (`RefusedSubscribers_Account`; the
 * page's prose calls it `RefusedMembers_Account`, its table and sample do not), or rejects the request.
 * https://www.tencentcloud.com/document/product/1047/60799
 */
export interface OfficialAccountCallbackBeforeAddSubscriber extends OfficialAccountSubscribersFields {
  CallbackCommand: 'OfficialAccount.CallbackBeforeAddSubscriber';
}

/** Validates a {@link OfficialAccountCallbackBeforeAddSubscriber} body: `v.parse(OfficialAccountCallbackBeforeAddSubscriberSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackBeforeAddSubscriberSchema = callbackSchema(
  'OfficialAccount.CallbackBeforeAddSubscriber',
  () => subscribersEntries,
);
