// `tencent-live-webhooks/bullmq`: acknowledge fast, run the handlers from a BullMQ queue.
import { UnrecoverableError, Worker, type JobsOptions, type Queue, type WorkerOptions } from 'bullmq';
import type { LiveCallbackDefer, LiveDeferredCallback } from './defer.js';
import type { LiveCallbacks } from '../dispatch/types.js';
import { isLiveCallbackError } from '../errors.js';

/*
 * The producer is `defer` for createLiveCallbacks: each After callback becomes a job whose id is its
 * delivery key, so BullMQ itself drops a redelivery while the job is kept (waiting, active, or
 * completed within removeOnComplete). The worker runs the same dispatcher's typed handlers, with
 * BullMQ's retries, backoff and failed set.
 */

/**
 * Used for every job unless the queue's `defaultJobOptions` or `jobOptions` say otherwise: a few
 * retries with backoff, and completed jobs kept a day, which is how long a redelivery is still
 * recognised by its job id.
 */
export const BULLMQ_DEFAULT_JOB_OPTIONS: Readonly<JobsOptions> = Object.freeze({
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 86_400 },
  removeOnFail: { age: 7 * 86_400 },
});

export interface BullmqDeferOptions {
  /** Options for every job (attempts, backoff, removeOnComplete ...); the job id is always the delivery key. */
  jobOptions?: JobsOptions;
}

/**
 * `defer` for createLiveCallbacks: adds each After callback to `queue` (job name: the command; job
 * id: the delivery key). The reply to Tencent leaves once Redis holds the job.
 *
 * @example
 * ```ts
 * const queue = new Queue('tencent-callbacks', { connection });
 * const live = createLiveCallbacks({ sdkAppId, token, defer: bullmqDefer(queue) });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function bullmqDefer(queue: Queue, options: BullmqDeferOptions = {}): LiveCallbackDefer {
  if (typeof queue?.add !== 'function') throw new TypeError('[tencent-live-webhooks] bullmqDefer() needs a BullMQ Queue');
  return async (callback) => {
    const jobOptions: JobsOptions = { ...BULLMQ_DEFAULT_JOB_OPTIONS, ...queue.defaultJobOptions, ...options.jobOptions };
    if (callback.deliveryKey !== undefined) jobOptions.jobId = callback.deliveryKey;
    await queue.add(callback.event.CallbackCommand, callback, jobOptions);
  };
}

/**
 * A BullMQ Worker that runs `live`'s handlers (`on`, `onAny`) for each job `bullmqDefer` added.
 * Handlers see `ctx.queued` (`attempt`, `jobId`) and the original query fields. A handler failure
 * fails the attempt (BullMQ retries it per `attempts`/`backoff`, then keeps it in the failed set);
 * a job that is not a valid After callback fails at once, without retries.
 *
 * @example
 * ```ts
 * const worker = createBullmqWorker(live, 'tencent-callbacks', { connection, concurrency: 10 });
 * ```
 */
export function createBullmqWorker(live: LiveCallbacks, queueName: string, options: WorkerOptions): Worker<LiveDeferredCallback> {
  if (typeof live?.handleDeferredCallback !== 'function')
    throw new TypeError('[tencent-live-webhooks] createBullmqWorker() needs a dispatcher made by createLiveCallbacks()');
  return new Worker<LiveDeferredCallback>(
    queueName,
    async (job, _token, signal) => {
      try {
        await live.handleDeferredCallback(job.data, {
          // attemptsStarted counts runs a crash cut short too; older BullMQ versions only count failures.
          attempt: job.attemptsStarted || job.attemptsMade + 1,
          ...(job.id !== undefined && { jobId: job.id }),
          ...(signal !== undefined && { signal }),
        });
      } catch (error) {
        // Retrying cannot fix a job that is not a valid callback.
        if (isLiveCallbackError(error) && error.code === 'invalid_payload') throw new UnrecoverableError(error.message);
        throw error;
      }
    },
    options,
  );
}
