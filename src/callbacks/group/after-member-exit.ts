import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, openString, type OpenString } from '../shared.js';
import { GroupMemberListSchema, GroupTypeSchema, type GroupMember, type GroupType } from './shared.js';

/**
 * Members left a group: they quit, were kicked from a client, or were removed through the REST API.
 * https://www.tencentcloud.com/document/product/1047/34373 (zh https://cloud.tencent.com/document/product/269/1668)
 */
export interface GroupCallbackAfterMemberExit {
  CallbackCommand: 'Group.CallbackAfterMemberExit';
  /** The group left. */
  GroupId: string;
  /** Group type. */
  Type?: GroupType;
  /** How they left: Kicked (removed by the owner or an admin) or Quit. */
  ExitType?: OpenString<'Kicked' | 'Quit'>;
  /** UserID of the operator (the sample's comment); the zh table says the member who left. For Kicked, the kicker. */
  Operator_Account: string;
  /** The members who left. */
  ExitMemberList: GroupMember[];
  /** When the event fired, Unix milliseconds. The en sample quotes it, zh sends a number; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackAfterMemberExit} body: `v.parse(GroupCallbackAfterMemberExitSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackAfterMemberExitSchema = callbackSchema('Group.CallbackAfterMemberExit', () => ({
  GroupId: v.string(),
  Type: v.exactOptional(GroupTypeSchema),
  ExitType: v.exactOptional(openString(['Kicked', 'Quit'])),
  Operator_Account: AccountIdSchema,
  ExitMemberList: GroupMemberListSchema,
  EventTime: MillisecondsSchema,
}));
