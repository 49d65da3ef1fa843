import * as v from 'valibot';
import { AccountIdSchema, MillisecondsSchema, callbackSchema, openString, type OpenString } from '../shared.js';

/**
 * Room administrators were added or removed, by a user through the SDK or by an admin through the
 * REST API. https://www.tencentcloud.com/document/product/647/72554
 */
export interface LiveCallbackAfterModifyAdmin {
  CallbackCommand: 'Live.CallbackAfterModifyAdmin';
  /** Room ID. */
  RoomId: string;
  /** UserIDs whose admin role changed. */
  Admin_Account: string[];
  /** "add" = they became admins, "delete" = they stopped being admins. Lower-case `o`, as sent (EndBattle sends `OpType`). */
  opType: OpenString<'add' | 'delete'>;
  /** UserID that made the change. */
  Operator_Account: string;
  /** When the event fired, Unix milliseconds. */
  EventTime: number;
}

/** Validates a {@link LiveCallbackAfterModifyAdmin} body (`v.parse(schema, body)` returns the event). */
export const LiveCallbackAfterModifyAdminSchema = callbackSchema('Live.CallbackAfterModifyAdmin', () => ({
  RoomId: v.string(),
  Admin_Account: v.array(AccountIdSchema),
  opType: openString(['add', 'delete']),
  Operator_Account: AccountIdSchema,
  EventTime: MillisecondsSchema,
}));
