import { internalsOf } from '../dispatch/internal.js';
import type { LiveCallbacks } from '../dispatch/types.js';
import type { LiveCallbackReply } from '../dispatch/reply.js';
import { LiveCallbackError } from '../errors.js';
import type { QueryInput } from '../parse/query.js';

/*
 * What every adapter shares, free of any runtime: options, the body limit, the method check.
 * node-request.ts adds the Node request/response handling; fetch.ts the web one.
 */

/** Options every adapter takes. */
export interface LiveAdapterOptions {
  /** Largest body accepted, in bytes; larger ones get 413 without being read into memory. Default 1 MiB. */
  bodyLimit?: number;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function bodyLimitOf(options: LiveAdapterOptions): number {
  return options.bodyLimit ?? DEFAULT_BODY_LIMIT;
}

export function bodyTooLarge(limit: number): LiveCallbackError {
  return new LiveCallbackError('body_too_large', `the request body is larger than bodyLimit (${limit} bytes)`);
}

/** A declared Content-Length over the limit is refused before a byte is read. */
export function declaredTooLarge(contentLength: string | null | undefined, limit: number): boolean {
  return contentLength !== undefined && contentLength !== null && Number(contentLength) > limit;
}

/** 405 for anything but POST, told to onError like every refusal; adapters add `Allow: POST`. */
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
