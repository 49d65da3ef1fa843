import * as v from 'valibot';
import { AccountIdSchema, callbackSchema } from '../shared.js';
import { officialAccountEntries, type OfficialAccountEventFields } from './account.js';

/**
 * An official account an app admin asked for (REST) was created.
 * https://www.tencentcloud.com/document/product/1047/60796
 */
export interface OfficialAccountCallbackAfterCreateOfficialAccount extends OfficialAccountEventFields {
  CallbackCommand: 'OfficialAccount.CallbackAfterCreateOfficialAccount';
  /** UserID of whoever asked for the account. */
  Operator_Account: string;
  /** UserID of the creator and owner. */
  Owner_Account: string;
  /** The account's name. */
  Name?: string;
}

/** Validates a {@link OfficialAccountCallbackAfterCreateOfficialAccount} body: `v.parse(OfficialAccountCallbackAfterCreateOfficialAccountSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackAfterCreateOfficialAccountSchema = callbackSchema(
  'OfficialAccount.CallbackAfterCreateOfficialAccount',
  () => ({
    ...officialAccountEntries,
    Operator_Account: AccountIdSchema,
    Owner_Account: AccountIdSchema,
    Name: v.exactOptional(v.string()),
  }),
);
