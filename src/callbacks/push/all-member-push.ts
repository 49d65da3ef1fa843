import * as v from 'valibot';
import { callbackSchema, openNumber, type OpenNumber } from '../shared.js';
import { pushEventEntries, type PushEventFields } from './event.js';

/**
 * One result of an all-users, tag or UserID push task: the push was sent, delivered or clicked.
 * One element of a batch's `Events` (1-100 events per POST, see `PushCallbackBatchSchema`). Times are
 * Unix seconds. https://www.tencentcloud.com/document/product/1047/67551
 */
export interface PushAllMemberPush extends PushEventFields {
  CallbackCommand: 'Push.AllMemberPush';
  /** How it was pushed: 1 offline push, 2 online push. (In Push.OfflinePush the same key means C2C/group.) */
  EventType: OpenNumber<1 | 2>;
  /** ID of the push task, as returned when the push was sent. */
  TaskId: string;
  /** The app's own business ID passed with the push request (in the table, not the sample). */
  DataId?: string;
  /** When the push task started, Unix seconds. */
  TaskTime?: number;
  /**
   * Device vendor type (in the table, not the sample). Its description copies PushPlatform's list and
   * says it is 0 for offline push, where PushPlatform's says 0 for online push.
   */
  DeviceType?: number;
}

/** Validates a {@link PushAllMemberPush} body: `v.parse(PushAllMemberPushSchema, body)` returns the event (unknown fields kept). */
export const PushAllMemberPushSchema = callbackSchema('Push.AllMemberPush', () => ({
  ...pushEventEntries,
  EventType: openNumber([1, 2]),
  TaskId: v.string(),
  DataId: v.exactOptional(v.string()),
  TaskTime: v.exactOptional(v.number()),
  DeviceType: v.exactOptional(v.number()),
}));
