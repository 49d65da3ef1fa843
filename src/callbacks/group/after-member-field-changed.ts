import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, openString, type OpenString } from '../shared.js';
import { GroupTypeSchema, type GroupType } from './shared.js';

/**
 * A group member's role or group name card changed.
 * https://www.tencentcloud.com/document/product/1047/60393 (zh https://cloud.tencent.com/document/product/269/105353)
 */
export interface GroupCallbackAfterMemberFieldChanged {
  CallbackCommand: 'Group.CallbackAfterMemberFieldChanged';
  /** The group. */
  GroupId: string;
  /** Group type. */
  Type?: GroupType;
  /** UserID of whoever made the change. */
  Operator_Account: string;
  /**
   * UserID of the member whose profile changed, as the en page (and its tencentcloud zh copy) names
   * it. The zh page 269/105353 and doocs name it `Modified_Account`; one of the two is always present.
   */
  Member_Account?: string;
  /** The same member under the name zh 269/105353 uses; one of the two is always present. */
  Modified_Account?: string;
  /** New role: Admin (made admin) or Member (admin removed). Probably absent when only the name card changed. */
  Role?: OpenString<'Admin' | 'Member'>;
  /** New group name card. */
  NameCard?: string;
  /** When the event fired, Unix milliseconds. Both samples quote it; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterMemberFieldChanged} body: `v.parse(GroupCallbackAfterMemberFieldChangedSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterMemberFieldChangedSchema = v.pipe(
  callbackSchema('Group.CallbackAfterMemberFieldChanged', () => ({
    GroupId: v.string(),
    Type: v.exactOptional(GroupTypeSchema),
    Operator_Account: AccountIdSchema,
    Member_Account: v.exactOptional(AccountIdSchema),
    Modified_Account: v.exactOptional(AccountIdSchema),
    Role: v.exactOptional(openString(['Admin', 'Member'])),
    NameCard: v.exactOptional(v.string()),
    EventTime: MillisecondsSchema,
  })),
  // The changed member is what the event is about, under either of its documented names.
  v.forward(
    v.check(
      (event) => event.Member_Account !== undefined || event.Modified_Account !== undefined,
      'expected the changed member: Member_Account (en 1047/60393) or Modified_Account (zh 269/105353)',
    ),
    ['Member_Account'],
  ),
  // The same rule for the generated JSON Schema (scripts/schemas.mjs), which cannot read a check.
  v.metadata({
    jsonSchema: {
      anyOf: [
        { properties: { Member_Account: true }, required: ['Member_Account'] },
        { properties: { Modified_Account: true }, required: ['Modified_Account'] },
      ],
    },
  }),
);
