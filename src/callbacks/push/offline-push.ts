import * as v from 'valibot';
import { AccountIdSchema, callbackSchema, openNumber, type OpenNumber } from '../shared.js';
import { pushEventEntries, type PushEventFields } from './event.js';

/**
 * One offline-push result of an ordinary (C2C or group) message: the push was sent, delivered or
 * clicked. One element of a batch's `Events` (1-100 events per POST, see `PushCallbackBatchSchema`).
 * Times are Unix seconds. https://www.tencentcloud.com/document/product/1047/67552
 */
export interface PushOfflinePush extends PushEventFields {
  CallbackCommand: 'Push.OfflinePush';
  /** What the message was: 1 C2C (one-to-one), 2 group. (In Push.AllMemberPush the same key means offline/online.) */
  EventType: OpenNumber<1 | 2>;
  /** UserID of the message's sender. */
  From_Account: string;
  /** The C2C message's MsgKey; only when EventType is 1 (empty or absent for a group message). */
  MsgKey?: string;
  /** The group's ID, spelled `GroupID` here (elsewhere `GroupId`); only when EventType is 2. */
  GroupID?: string;
  /** The message's sequence number (32-bit unsigned). */
  MsgSeq?: number;
  /** The message's random number; the table says empty for group messages, the sample has one. */
  MsgRandom?: number;
  /** When the message was sent, Unix seconds. */
  MsgTime?: number;
  /** Unique ID of this push; the console's push troubleshooting tool looks it up. */
  PushID: string;
}

/** Validates a {@link PushOfflinePush} body: `v.parse(PushOfflinePushSchema, body)` returns the event (unknown fields kept). */
export const PushOfflinePushSchema = callbackSchema('Push.OfflinePush', () => ({
  ...pushEventEntries,
  EventType: openNumber([1, 2]),
  From_Account: AccountIdSchema,
  MsgKey: v.exactOptional(v.string()),
  GroupID: v.exactOptional(v.string()),
  MsgSeq: v.exactOptional(v.number()),
  MsgRandom: v.exactOptional(v.number()),
  MsgTime: v.exactOptional(v.number()),
  PushID: v.string(),
}));
