import type { CallbackSource } from '../catalogue/row.js';
import type { LiveCallback } from '../commands.js';
import type { LiveCallbackQuery } from '../parse/query.js';

/*
 * Handing After callbacks to a durable queue: the dispatcher acknowledges once `defer` has stored
 * the callback, and a worker later runs the handlers with `live.handleDeferredCallback(callback)`.
 * The core knows only this interface; `tencent-live-webhooks/bullmq` implements it for BullMQ, and
 * a few lines do it for SQS, pg-boss or a database table.
 */

/**
 * What `defer` stores: plain JSON (no functions, no classes), so it survives any queue. Give it back
 * unchanged to `handleDeferredCallback` on the worker.
 */
export interface LiveDeferredCallback {
  /**
   * The delivery's key: the SdkAppid and `deliveryKey(event)`, equal on every retry of the event.
   * Use it as the job id (or deduplication id) so the queue drops redeliveries. Absent when the
   * event has no key (see `DELIVERY_KEY_RULES`).
   */
  readonly deliveryKey?: string;
  /** The validated event. */
  readonly event: LiveCallback;
  /** The callback URL's query as received (SdkAppid, CallbackCommand, ClientIP, OptPlatform ...). */
  readonly query: LiveCallbackQuery;
  /** Which Tencent callback URL (and token) the callback came through. */
  readonly source: CallbackSource;
}

/**
 * Stores a callback for later. Resolve once the callback is durably stored (the reply to Tencent
 * waits for it, within `deadlineMs`); reject, or take too long, and Tencent is answered 503 so it
 * can retry. Keep it idempotent on `deliveryKey`: a retry after a slow store stores it again.
 */
export type LiveCallbackDefer = (callback: LiveDeferredCallback) => Promise<void>;

/** On a worker: which run of a queued callback this is. */
export interface LiveQueuedRun {
  /** 1 on the first run, 2 on the first retry ... (a run cut short by a crash counts too). */
  readonly attempt: number;
  /** The queue's id of the job, when it has one. */
  readonly jobId?: string;
}

/** What a worker knows about the run it hands to `handleDeferredCallback`. */
export interface LiveDeferredRunOptions {
  /** Which run this is, from 1. Default 1. */
  attempt?: number;
  /** The queue's job id. */
  jobId?: string;
  /** Aborted when the queue gives up on the run; handlers read it as `ctx.signal`. */
  signal?: AbortSignal;
}
