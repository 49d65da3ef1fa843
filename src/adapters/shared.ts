import { internalsOf } from '../dispatch/internal.js';
import type { LiveCallbacks } from '../dispatch/types.js';
import type { LiveCallbackReply } from '../dispatch/reply.js';
import { LiveCallbackError } from '../errors.js';
import type { BodyInput } from '../parse/json.js';
import type { QueryInput } from '../parse/query.js';

/*
 * What every adapter shares, free of any runtime: options, the body limits, the refusals, the method
 * check. node-request.ts adds the Node request/response handling; fetch.ts the web one.
 */

/** Options every adapter takes. */
export interface LiveAdapterOptions {
  /** Largest body accepted, in bytes; larger ones get 413 without being read into memory. Default 1 MiB. */
  bodyLimit?: number;
  /**
   * How long the body may take to arrive, in milliseconds, counted from when the adapter starts
   * reading it; a slower one gets 408 and its connection is closed. Default 1500, the dispatcher's
   * default `deadlineMs` (Tencent sends a few kB at once and waits 2 s for the answer).
   */
  bodyTimeoutMs?: number;
}

/** The path the adapters that own a route (Fastify, Nest) mount on, and the testing kit posts to. */
export const DEFAULT_CALLBACK_PATH = '/tencent/live/callback';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 1500;

/** How much of a body is read: at most `bytes`, arriving within `ms`. */
export interface BodyLimits {
  readonly bytes: number;
  readonly ms: number;
}

export function bodyLimitsOf(options: LiveAdapterOptions): BodyLimits {
  return { bytes: options.bodyLimit ?? DEFAULT_BODY_LIMIT, ms: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS };
}

/**
 * What is left of a refused upload is read and thrown away, at most this much, before the connection
 * closes: closing under a client that is still sending resets the connection, and the client then
 * often loses the reply it has not read yet (curl exit 55). nginx's lingering close does the same.
 */
export const DISCARD_LIMITS: BodyLimits = { bytes: 16 * 1024 * 1024, ms: 1000 };

export function bodyTooLarge(limit: number): LiveCallbackError {
  return new LiveCallbackError('body_too_large', `the request body is larger than bodyLimit (${limit} bytes)`);
}

export function bodyTimedOut(timeoutMs: number): LiveCallbackError {
  return new LiveCallbackError('request_timeout', `the request body did not arrive within bodyTimeoutMs (${timeoutMs} ms)`);
}

export function requestAborted(cause?: unknown): LiveCallbackError {
  return new LiveCallbackError('request_aborted', 'the client closed the connection before the request body was complete', { cause });
}

/** A declared Content-Length over the limit is refused before a byte is read. */
export function declaredTooLarge(contentLength: string | null | undefined, limit: number): boolean {
  return contentLength !== undefined && contentLength !== null && Number(contentLength) > limit;
}

/** The reply to a body as read: the dispatcher's answer, or the refusal of what went wrong reading it. */
export function replyToBody(live: LiveCallbacks, query: QueryInput, body: BodyInput | LiveCallbackError): Promise<LiveCallbackReply> {
  return body instanceof LiveCallbackError ? Promise.resolve(refuseRequest(live, body, query)) : live.handleLiveCallback(query, body);
}

/** 405 with `Allow: POST` for anything but POST, told to onError like every refusal. */
export function replyToWrongMethod(live: LiveCallbacks, method: string | undefined, query: QueryInput): LiveCallbackReply {
  const reply = refuseRequest(
    live,
    new LiveCallbackError('method_not_allowed', `Tencent POSTs callbacks; got ${method ?? 'no method'}`),
    query,
  );
  return { ...reply, headers: { ...reply.headers, allow: 'POST' } };
}

/** A request refused before `handleLiveCallback` could run: onError is told, and this is the reply to send. */
export function refuseRequest(live: LiveCallbacks, error: LiveCallbackError, query?: QueryInput): LiveCallbackReply {
  return internalsOf(live).refuseRequest(error, query);
}
