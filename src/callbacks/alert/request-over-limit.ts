import * as v from 'valibot';
import { callbackSchema } from '../shared.js';

/**
 * A REST API is being called at more than 80 % of its frequency limit. On by default as soon as a
 * Chat callback URL is set; no user or group is involved, and the body carries no EventTime.
 * https://www.tencentcloud.com/document/product/1047/60256
 */
export interface AlertRequestOverLimit {
  CallbackCommand: 'Alert.RequestOverLimit';
  /** Internal service of the REST API, such as `openim`; with `Command` it names the API. */
  ServiceName: string;
  /** Command word of the REST API, such as `batchsendmsg`. */
  Command: string;
  /** The API's current request rate, requests per second. */
  Request?: number;
  /** The API's frequency limit, requests per second. */
  Limit?: number;
}

/** Validates a {@link AlertRequestOverLimit} body: `v.parse(AlertRequestOverLimitSchema, body)` returns the event (unknown fields kept). */
export const AlertRequestOverLimitSchema = callbackSchema('Alert.RequestOverLimit', () => ({
  ServiceName: v.string(),
  Command: v.string(),
  Request: v.exactOptional(v.number()),
  Limit: v.exactOptional(v.number()),
}));
