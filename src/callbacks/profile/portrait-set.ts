import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema } from '../shared.js';

/** One profile field that was changed. */
export interface ProfileItem {
  /** The field, such as `Tag_Profile_IM_Nick` or `Tag_Profile_Custom_Level` (1047/33520). */
  Tag: string;
  /** Its new value: a number or a string depending on the field (the docs type it "uint32/string"). */
  Value: string | number;
}

/**
 * A user's profile was changed, from a client or by an admin through the REST API.
 * https://www.tencentcloud.com/document/product/1047/48733
 */
export interface ProfileCallbackPortraitSet {
  CallbackCommand: 'Profile.CallbackPortraitSet';
  /** UserID that made the change (an admin account for REST calls). */
  Operator_Account: string;
  /** UserID whose profile changed. */
  From_Account: string;
  /** The fields that were changed successfully. */
  ProfileItem: ProfileItem[];
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link ProfileCallbackPortraitSet} body: `v.parse(ProfileCallbackPortraitSetSchema, body)` returns the event (unknown fields kept). */
export const ProfileCallbackPortraitSetSchema = callbackSchema('Profile.CallbackPortraitSet', () => ({
  Operator_Account: AccountIdSchema,
  From_Account: AccountIdSchema,
  ProfileItem: v.array(v.looseObject({ Tag: v.string(), Value: v.union([v.string(), v.number()]) })),
  EventTime: MillisecondsSchema,
}));
