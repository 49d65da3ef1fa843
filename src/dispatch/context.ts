import type { CallbackSource } from '../catalogue/row.js';
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
  #controller: AbortController | undefined;
  #aborted = false;

  constructor(query: LiveCallbackQuery, source: CallbackSource) {
    // `declare`d fields and Object.assign: the query's absent keys stay absent, as in the parsed query.
    Object.assign(this, query);
    this.sdkAppId = query.sdkAppId;
    this.source = source;
  }

  get signal(): AbortSignal {
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
