import * as v from 'valibot';
import { AccountIdSchema, callbackSchema } from '../shared.js';
import { officialAccountEntries, type OfficialAccountEventFields } from './account.js';

/**
 * An app admin destroyed an official account (REST, 1047/60756). The body names no operator.
 * https://www.tencentcloud.com/document/product/1047/60798
 */
export interface OfficialAccountCallbackAfterOfficialAccountDestroyed extends OfficialAccountEventFields {
  CallbackCommand: 'OfficialAccount.CallbackAfterOfficialAccountDestroyed';
  /** UserID of the account's owner. */
  Owner_Account: string;
  /** The account's name (the sample's comment says "Group name", copied from the group page). */
  Name?: string;
}

/** Validates a {@link OfficialAccountCallbackAfterOfficialAccountDestroyed} body: `v.parse(OfficialAccountCallbackAfterOfficialAccountDestroyedSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackAfterOfficialAccountDestroyedSchema = callbackSchema(
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed',
  () => ({
    ...officialAccountEntries,
    Owner_Account: AccountIdSchema,
    Name: v.exactOptional(v.string()),
  }),
);
