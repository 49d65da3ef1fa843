import * as v from 'valibot';
import { MillisecondsSchema, callbackSchema } from '../shared.js';

/**
 * The day's net increase of groups (created minus disbanded) passed 70 % of the daily limit. App-wide:
 * it names no group, type or operator. The zh page (269/90841) says it has its own console switch.
 * https://www.tencentcloud.com/document/product/1047/57455 (zh https://cloud.tencent.com/document/product/269/90841)
 */
export interface GroupCallbackOnDailyGroupQuotaAlarm {
  CallbackCommand: 'Group.CallbackOnDailyGroupQuotaAlarm';
  /** Net number of groups added today. */
  QuotaUsed?: number;
  /** Daily limit on new groups. */
  Quota?: number;
  /** When the event fired, Unix milliseconds. The zh sample quotes it; it comes out as a number. */
  EventTime: number;
}

/** Validates a {@link GroupCallbackOnDailyGroupQuotaAlarm} body: `v.parse(GroupCallbackOnDailyGroupQuotaAlarmSchema, body)` returns the event (unknown fields kept). */
export const GroupCallbackOnDailyGroupQuotaAlarmSchema = callbackSchema('Group.CallbackOnDailyGroupQuotaAlarm', () => ({
  QuotaUsed: v.exactOptional(v.number()),
  Quota: v.exactOptional(v.number()),
  EventTime: MillisecondsSchema,
}));
