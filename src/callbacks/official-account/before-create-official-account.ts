import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/**
 * An app admin asked (REST, 1047/60755) to create an official account; the reply allows or denies it
 * (the caller gets 20006, or the app's own code in [120001, 130000]). The account has no ID yet.
 * https://www.tencentcloud.com/document/product/1047/60795
 */
export interface OfficialAccountCallbackBeforeCreateOfficialAccount {
  CallbackCommand: 'OfficialAccount.CallbackBeforeCreateOfficialAccount';
  /** UserID of whoever asked for the account. */
  Operator_Account: string;
  /** UserID of the creator, who becomes the owner. */
  Owner_Account: string;
  /** Name of the account to be created (a decision input, so required). */
  Name: string;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link OfficialAccountCallbackBeforeCreateOfficialAccount} body: `v.parse(OfficialAccountCallbackBeforeCreateOfficialAccountSchema, body)` returns the event (unknown fields kept). */
export const OfficialAccountCallbackBeforeCreateOfficialAccountSchema = callbackSchema(
  'OfficialAccount.CallbackBeforeCreateOfficialAccount',
  () => ({
    Operator_Account: AccountIdSchema,
    Owner_Account: AccountIdSchema,
    Name: v.string(),
    EventTime: MillisecondsSchema,
  }),
);
