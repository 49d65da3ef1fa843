import type { CallbackSource } from '../catalogue/row.js';
import { LIVE_CALLBACK_TABLE, phaseOf, type LiveAfterCommand, type LiveCallback } from '../commands.js';
import type { LiveDeferredCallback, LiveDeferredRunOptions } from '../delivery/defer.js';
import { deliveryKey } from '../delivery/keys.js';
import type { DeliveryClaim } from '../delivery/store.js';
import { LiveCallbackError, type LiveCallbackErrorCode, type Result } from '../errors.js';
import { classifyLiveCallback } from '../parse/body.js';
import type { LiveCallbackQuery } from '../parse/query.js';
import { HandlerContext } from './context.js';
import { raceDeadline, type MaybePromise } from './deadline.js';
import type { Settings } from './options.js';
import type { AnyHandler, Registry } from './registry.js';
import { errorReply, okReply, type LiveCallbackReply } from './reply.js';
import type { Report } from './report.js';
import type { createRunner, Job } from './run.js';
import type { LiveCallbackErrorContext } from './types.js';

/*
 * The delivery of an After callback when `dedupe` or `defer` is set. In order:
 * 1. claim the event's key in the store (dedupe): a key handled before answers OK without running
 *    anything (reported `duplicate_delivery`); a key another delivery still holds answers 409
 *    `delivery_in_progress`, since that delivery may yet fail; a store that fails or does not answer
 *    within the deadline answers 503 `dedupe_unavailable` and runs nothing (fail closed: running
 *    without a claim could run the event twice, acknowledging without running would lose it);
 * 2. run the handlers inline, or hand the callback to `defer` (the reply waits until it is stored);
 * 3. complete the claim when that succeeded, release it when it failed, so Tencent's retry runs
 *    the event again.
 * Before callbacks never come here: each must be decided again.
 */

type Runner = ReturnType<typeof createRunner>;
type Claimed = Extract<DeliveryClaim, { state: 'claimed' }>;

/** A promise's outcome, or undefined when it did not settle within `ms`. Never rejects. */
function settleWithin<T>(promise: Promise<T>, ms: number): Promise<Result<T, unknown> | undefined> {
  return raceDeadline<Result<T, unknown> | undefined>(
    promise.then(
      (output) => ({ success: true, output }),
      (error: unknown) => ({ success: false, error }),
    ),
    ms,
    () => undefined,
  );
}

/** Calls `fn`, turning a synchronous throw into a rejected promise. */
function attempt<T>(fn: () => MaybePromise<T>): MaybePromise<T> {
  try {
    return fn();
  } catch (error) {
    return Promise.reject(error);
  }
}

export function createDelivery(settings: Pick<Settings, 'dedupe' | 'defer' | 'defers'>, registry: Registry, report: Report, run: Runner) {
  const { dedupe, defer, defers } = settings;

  function refuse(code: LiveCallbackErrorCode, message: string, errorCtx: LiveCallbackErrorContext, cause?: unknown): LiveCallbackReply {
    const error = new LiveCallbackError(code, message, cause === undefined ? {} : { cause });
    report(error, errorCtx);
    return errorReply(error);
  }

  /** The claim of `key`, or the reply that ends the delivery here (duplicate, in progress, store unavailable). */
  async function claimKey(key: string, job: Job): Promise<{ claim: Claimed } | { reply: LiveCallbackReply }> {
    const unavailable = (why: string, cause?: unknown) => ({
      reply: refuse(
        'dedupe_unavailable',
        `the dedupe store ${why}; answered 503 without running the handlers, so Tencent can retry ${key}`,
        job.errorCtx,
        cause,
      ),
    });
    const pending = attempt(() => (dedupe as NonNullable<typeof dedupe>).claim(key));
    let claim: DeliveryClaim;
    if (pending instanceof Promise) {
      const result = await settleWithin(pending, job.budgetMs);
      if (result === undefined) {
        // A claim that lands after the reply would hold the key until it expires: free it.
        void pending.then((late) => (late.state === 'claimed' ? late.release() : undefined)).catch(() => undefined);
        return unavailable(`did not answer within deadlineMs (${job.budgetMs} ms left)`);
      }
      if (!result.success) return unavailable('failed', result.error);
      claim = result.output;
    } else {
      claim = pending;
    }
    switch (claim?.state) {
      case 'claimed':
        return { claim };
      case 'done':
        report(
          new LiveCallbackError('duplicate_delivery', `${key} was handled before; answered OK without running its handlers again`),
          job.errorCtx,
        );
        return { reply: okReply() };
      case 'running':
        return {
          reply: refuse(
            'delivery_in_progress',
            `another delivery of ${key} is still running; answered 409 (not OK: it may yet fail), so Tencent retries later`,
            job.errorCtx,
          ),
        };
      default:
        return unavailable(`answered ${JSON.stringify(claim)}, not a claim`);
    }
  }

  /**
   * Completes (the event was handled) or releases (it was not) a claim. Waits at most `ms` for the
   * store, so the reply keeps its deadline; a store that fails is reported, and the reply stands.
   */
  function settleClaim(claim: Claimed, handled: boolean, ms: number, errorCtx: LiveCallbackErrorContext): MaybePromise<void> {
    const consequence = handled
      ? 'the event was handled, but a redelivery may run it again'
      : 'a retry is answered 409 until the claim expires (claimTtlSeconds)';
    const failed = (error: unknown) =>
      void report(
        new LiveCallbackError(
          'dedupe_unavailable',
          `the dedupe store failed to ${handled ? 'complete' : 'release'} a claim; ${consequence}`,
          {
            cause: error,
          },
        ),
        errorCtx,
      );
    const pending = attempt(() => (handled ? claim.complete() : claim.release()));
    if (!(pending instanceof Promise)) return;
    return raceDeadline(
      pending.then(() => undefined, failed),
      ms,
      () => undefined,
    );
  }

  /** Hands the callback to `defer`; OK once it is stored, 503 when it fails or takes longer than the deadline. */
  async function deferCallback(
    callback: LiveDeferredCallback,
    claim: Claimed | undefined,
    budgetMs: number,
    errorCtx: LiveCallbackErrorContext,
  ): Promise<LiveCallbackReply> {
    const startedAt = Date.now();
    const stored = await settleWithin(Promise.resolve(attempt(() => (defer as NonNullable<typeof defer>)(callback))), budgetMs);
    const left = Math.max(0, budgetMs - (Date.now() - startedAt));
    if (claim !== undefined) await settleClaim(claim, stored?.success === true, left, errorCtx);
    if (stored?.success) return okReply();
    const why = stored === undefined ? `did not confirm within deadlineMs (${budgetMs} ms left)` : 'failed';
    return refuse(
      'defer_failed',
      `defer ${why}; answered 503 so Tencent can retry (keep defer idempotent on deliveryKey: the callback may have been stored after all)`,
      errorCtx,
      stored?.success === false ? stored.error : undefined,
    );
  }

  /** One validated After event: claim, run or defer, settle the claim. */
  async function deliver(
    command: LiveAfterCommand,
    event: LiveCallback,
    job: Job,
    query: LiveCallbackQuery,
    source: CallbackSource,
  ): Promise<LiveCallbackReply> {
    const startedAt = Date.now();
    const left = () => Math.max(0, job.budgetMs - (Date.now() - startedAt));
    const natural = deliveryKey(event);
    const key = natural === undefined ? undefined : `${query.sdkAppId}/${natural}`;
    let claim: Claimed | undefined;
    if (dedupe !== undefined && key !== undefined) {
      const claimed = await claimKey(key, job);
      if ('reply' in claimed) return claimed.reply;
      claim = claimed.claim;
    }
    if (defer !== undefined && defers(command)) {
      const callback: LiveDeferredCallback = { ...(key !== undefined && { deliveryKey: key }), event, query, source };
      return deferCallback(callback, claim, left(), job.errorCtx);
    }
    const held = claim;
    const onFinished = held && ((handled: boolean) => settleClaim(held, handled, left(), job.errorCtx));
    return run.runAfter({ ...job, budgetMs: left() }, onFinished);
  }

  /** Whether an event takes the delivery path: only After callbacks, and only when they are deduplicated or deferred. */
  function delivers(command: string): command is LiveAfterCommand {
    if (dedupe === undefined && defer === undefined) return false;
    if (phaseOf(command) !== 'after') return false;
    return dedupe !== undefined || defers(command as LiveAfterCommand);
  }

  /** Rejects with (and reports) an error for a job that is not a deferred After callback. */
  function badJob(message: string, errorCtx: LiveCallbackErrorContext, cause?: unknown): never {
    const error = new LiveCallbackError('invalid_payload', message, cause === undefined ? {} : { cause });
    report(error, errorCtx);
    throw error;
  }

  /** The worker's half: runs a deferred callback's handlers, rejecting when any failed (so the queue retries). */
  async function handleDeferredCallback(callback: LiveDeferredCallback, options: LiveDeferredRunOptions = {}): Promise<void> {
    const { event, query, source } = (callback ?? {}) as Partial<LiveDeferredCallback>;
    if (typeof query?.sdkAppId !== 'string' || (source !== 'live' && source !== 'chat'))
      badJob('a deferred callback needs the event, query and source that defer was given; pass the stored object unchanged', {});
    const classified = classifyLiveCallback(event);
    const errorCtx: LiveCallbackErrorContext = { query, source, event };
    if (!classified.success) badJob(`a deferred callback is not valid: ${classified.error.message}`, errorCtx, classified.error);
    const ctx = new HandlerContext(query, source, options);
    const runAll = async (handlers: readonly AnyHandler[], jobEvent: unknown, jobErrorCtx: LiveCallbackErrorContext) => {
      const failure = await run.runQueued({ handlers, event: jobEvent, ctx, errorCtx: jobErrorCtx });
      if (failure !== undefined) throw failure;
    };
    if (!classified.output.known) {
      const { command } = classified.output;
      return runAll([...registry.unknown, ...registry.any], event, { ...errorCtx, ...(command !== undefined && { command }) });
    }
    const { command, event: validated } = classified.output;
    if (LIVE_CALLBACK_TABLE[command].phase === 'before') badJob(`${command} is a Before callback; those are never deferred`, errorCtx);
    return runAll([...(registry.byCommand.get(command) ?? []), ...registry.any], validated, { ...errorCtx, command, event: validated });
  }

  return { delivers, deliver, handleDeferredCallback };
}
