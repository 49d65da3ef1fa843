import { callbackSchema } from '../shared.js';
import { officialAccountEntries, type OfficialAccountEventFields } from './account.js';

/**
 * An official account reached its subscriber limit.
 * https://www.tencentcloud.com/document/product/1047/60801
 */
export interface OfficialAccountCallbackAfterOfficialAccountFull extends OfficialAccountEventFields {
  CallbackCommand: 'OfficialAccount.CallbackAfterOfficialAccountFull';
}

/** Validates a {@link OfficialAccountCallbackAfterOfficialAccountFull} body: `v.parse(OfficialAccountCallbackAfterOfficialAccountFullSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackAfterOfficialAccountFullSchema = callbackSchema(
  'OfficialAccount.CallbackAfterOfficialAccountFull',
  () => officialAccountEntries,
);
