import * as v from 'valibot';
import { AccountIdSchema, callbackSchema } from '../shared.js';
import { officialAccountEntries, type OfficialAccountEventFields } from './account.js';

/**
 * An app admin changed an official account's profile (REST, 1047/60757). The page does not say
 * whether unchanged fields are sent, so each profile field is optional.
 * https://www.tencentcloud.com/document/product/1047/60797
 */
export interface OfficialAccountCallbackAfterOfficialAccountInfoChanged extends OfficialAccountEventFields {
  CallbackCommand: 'OfficialAccount.CallbackAfterOfficialAccountInfoChanged';
  /** UserID of whoever changed it. */
  Operator_Account: string;
  /** The new introduction. */
  Introduction?: string;
  /** The new name. */
  Name?: string;
  /** URL of the new avatar. */
  FaceUrl?: string;
  /** The new organization. */
  Organization?: string;
}

/** Validates a {@link OfficialAccountCallbackAfterOfficialAccountInfoChanged} body: `v.parse(OfficialAccountCallbackAfterOfficialAccountInfoChangedSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackAfterOfficialAccountInfoChangedSchema = callbackSchema(
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged',
  () => ({
    ...officialAccountEntries,
    Operator_Account: AccountIdSchema,
    Introduction: v.exactOptional(v.string()),
    Name: v.exactOptional(v.string()),
    FaceUrl: v.exactOptional(v.string()),
    Organization: v.exactOptional(v.string()),
  }),
);
