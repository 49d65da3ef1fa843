import type { CallbackSource } from '../catalogue/row.js';
import type { LiveDeferredRunOptions, LiveQueuedRun } from '../delivery/defer.js';
import type { LiveCallbackQuery, OptPlatform } from '../parse/query.js';
import type { LiveCallbackContext } from './types.js';

/**
 * The `ctx` handlers get: the query's fields, the source, and a signal aborted at the deadline. The
 * AbortController is made only when a handler reads `signal`: most never do, and one per callback
 * would cost every request.
 */
export class HandlerContext implements LiveCallbackContext {
  readonly sdkAppId: string;
  declare readonly command?: string;
  declare readonly contentType?: string;
  declare readonly clientIp?: string;
  declare readonly optPlatform?: OptPlatform | (string & {});
  declare readonly sign?: string;
  declare readonly requestTime?: number;
  readonly source: CallbackSource;
  declare readonly queued?: LiveQueuedRun;
  #controller: AbortController | undefined;
  #aborted = false;
  /** On a worker: the queue's signal, used as is. */
  #queueSignal: AbortSignal | undefined;

  /** `run` is set on a worker: the handlers run from a queue, not in the request. */
  constructor(query: LiveCallbackQuery, source: CallbackSource, run?: LiveDeferredRunOptions) {
    // `declare`d fields set one by one (Object.assign costs more on every request): the query's
    // absent keys stay absent, as in the parsed query.
    this.sdkAppId = query.sdkAppId;
    const self = this as { -readonly [K in keyof LiveCallbackQuery]: LiveCallbackQuery[K] };
    if (query.command !== undefined) self.command = query.command;
    if (query.contentType !== undefined) self.contentType = query.contentType;
    if (query.clientIp !== undefined) self.clientIp = query.clientIp;
    if (query.optPlatform !== undefined) self.optPlatform = query.optPlatform;
    if (query.sign !== undefined) self.sign = query.sign;
    if (query.requestTime !== undefined) self.requestTime = query.requestTime;
    this.source = source;
    if (run !== undefined) {
      const queued: { attempt: number; jobId?: string } = { attempt: run.attempt ?? 1 };
      if (run.jobId !== undefined) queued.jobId = run.jobId;
      Object.assign(this, { queued: Object.freeze(queued) });
      this.#queueSignal = run.signal;
    }
  }

  get signal(): AbortSignal {
    if (this.#queueSignal !== undefined) return this.#queueSignal;
    this.#controller ??= new AbortController();
    if (this.#aborted && !this.#controller.signal.aborted) this.#controller.abort(deadlineReason());
    return this.#controller.signal;
  }

  /** The deadline passed: handlers still running should stop. */
  abort(): void {
    this.#aborted = true;
    this.#controller?.abort(deadlineReason());
  }
}

function deadlineReason(): DOMException {
  return new DOMException('the callback deadline (deadlineMs) passed; the reply has been sent', 'TimeoutError');
}
