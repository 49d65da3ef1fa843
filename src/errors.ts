import type * as v from 'valibot';

/**
 * What went wrong, as a stable literal. Adapters and users switch on this, never on message text.
 */
export type LiveCallbackErrorCode =
  | 'invalid_query'
  | 'sdk_app_id_mismatch'
  | 'missing_signature'
  | 'invalid_signature'
  | 'expired_signature'
  | 'source_mismatch'
  | 'token_unavailable'
  | 'invalid_json'
  | 'body_too_large'
  | 'request_timeout'
  | 'request_aborted'
  | 'method_not_allowed'
  | 'unknown_command'
  | 'invalid_payload'
  | 'handler_failed'
  | 'deadline_exceeded'
  | 'duplicate_delivery'
  | 'delivery_in_progress'
  | 'dedupe_unavailable'
  | 'defer_failed'
  | 'internal_error';

/**
 * The HTTP status a server answers with for each code. Tencent treats anything but 200 as a failed
 * delivery (647/64412), so only problems with the request itself get a 4xx; handler trouble is a
 * 200 with `ActionStatus: "FAIL"`.
 */
export const LIVE_CALLBACK_ERROR_STATUS = {
  invalid_query: 400,
  sdk_app_id_mismatch: 403,
  missing_signature: 401,
  invalid_signature: 401,
  expired_signature: 401,
  source_mismatch: 403,
  token_unavailable: 503,
  invalid_json: 400,
  body_too_large: 413,
  // The body did not arrive within the adapter's bodyTimeoutMs (a stalled or trickling client).
  request_timeout: 408,
  // The client went away mid-body: nothing can be sent, so the status is only nominal.
  request_aborted: 400,
  method_not_allowed: 405,
  unknown_command: 200,
  invalid_payload: 400,
  handler_failed: 200,
  deadline_exceeded: 200,
  // Not an error: an event handled before, answered OK without running its handlers again.
  duplicate_delivery: 200,
  // Another delivery of the event is still running: come back later (its outcome is not known yet).
  delivery_in_progress: 409,
  // The dedupe store or the queue did not answer: Tencent may retry, nothing was run or stored.
  dedupe_unavailable: 503,
  defer_failed: 503,
  internal_error: 500,
} as const satisfies Record<LiveCallbackErrorCode, number>;

/** The details a {@link LiveCallbackError} can carry besides its code and message. */
export interface LiveCallbackErrorOptions {
  /** valibot's issues, unflattened, when a schema rejected the payload. */
  issues?: readonly v.BaseIssue<unknown>[];
  /** The underlying error (a JSON SyntaxError, a handler's throw, an AggregateError ...). */
  cause?: unknown;
}

const MESSAGE_PREFIX = '[tencent-live-webhooks]';

/** The one error type of this library: a `code` literal, the HTTP `status` to answer, and details. */
export class LiveCallbackError extends Error {
  override readonly name = 'LiveCallbackError';
  readonly code: LiveCallbackErrorCode;
  readonly status: number;
  readonly issues: readonly v.BaseIssue<unknown>[] | undefined;

  /**
   * An error of `code`, answered with that code's HTTP status.
   *
   * @param code What went wrong; it also sets `status`.
   * @param message Shown after the `[tencent-live-webhooks]` prefix.
   * @param options The validation issues and the underlying cause, if any.
   */
  constructor(code: LiveCallbackErrorCode, message: string, options: LiveCallbackErrorOptions = {}) {
    super(`${MESSAGE_PREFIX} ${message}`, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.status = LIVE_CALLBACK_ERROR_STATUS[code];
    this.issues = options.issues;
  }
}

/** True for a {@link LiveCallbackError}, also one from another copy of this package (checks `name`). */
export function isLiveCallbackError(value: unknown): value is LiveCallbackError {
  return (
    value instanceof LiveCallbackError ||
    (value instanceof Error && value.name === 'LiveCallbackError' && typeof (value as { code?: unknown }).code === 'string')
  );
}

/**
 * What every pure function returns instead of throwing. Inside the dispatcher the same shape carries
 * a handler's outcome, with whatever it threw as the error.
 */
export type Result<T, E = LiveCallbackError> = { success: true; output: T } | { success: false; error: E };

/** A success. */
export function ok<T>(output: T): { success: true; output: T } {
  return { success: true, output };
}

/** A failure with a {@link LiveCallbackError} of `code`. */
export function fail<T = never>(code: LiveCallbackErrorCode, message: string, options?: LiveCallbackErrorOptions): Result<T> {
  return { success: false, error: new LiveCallbackError(code, message, options) };
}
