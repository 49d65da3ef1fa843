import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { LiveCallbacks } from '../dispatch/create-live-callbacks.js';
import type { LiveCallbackReply } from '../dispatch/reply.js';
import { LIVE_CALLBACK_ERROR_STATUS, type LiveCallbackError } from '../errors.js';
import type { BodyInput } from '../parse/json.js';
import type { QueryInput } from '../parse/query.js';
import {
  bodyLimitsOf,
  bodyTimedOut,
  bodyTooLarge,
  DISCARD_LIMITS,
  declaredTooLarge,
  replyToBody,
  replyToWrongMethod,
  requestAborted,
  type BodyLimits,
  type LiveAdapterOptions,
} from './shared.js';

/* The Node side of every Node-based adapter (node:http, Express, Koa, Fastify, Nest). */

/** What an earlier body parser may have left on the request. */
export interface ParsedBodyCarrier {
  /** Raw bytes or text kept by a parser (Nest `rawBody: true`, @koa/bodyparser). Preferred: long IDs stay exact. */
  rawBody?: unknown;
  /** What a parser made of the body (express.json(), express.raw(), express.text(), @koa/bodyparser ...). */
  body?: unknown;
}

/**
 * Reads a Node request body into memory, at most `limits.bytes`, within `limits.ms`. Past either
 * limit it pauses the stream and stops listening; the reply then closes the connection
 * (writeNodeReply), so the rest of a huge or endless body is never held. A client that goes away
 * mid-body is `request_aborted`. Not the `raw-body` package: valibot stays the only runtime
 * dependency, and this is all of raw-body that a JSON webhook needs (no decoding, no encodings other than UTF-8).
 */
function readNodeStream(req: Readable, limits: BodyLimits): Promise<Uint8Array | LiveCallbackError> {
  if (req.destroyed) return Promise.resolve(requestAborted(req.errored ?? undefined));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Uint8Array | LiveCallbackError): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      resolve(result);
    };
    const stop = (error: LiveCallbackError): void => {
      req.pause();
      finish(error);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limits.bytes) chunks.push(chunk);
      else stop(bodyTooLarge(limits.bytes));
    };
    const onEnd = (): void => finish(Buffer.concat(chunks, size));
    // 'error' (ECONNRESET "aborted") or a bare 'close' before 'end': the client is gone.
    const onAbort = (error?: unknown): void => finish(requestAborted(error));
    const timer = setTimeout(() => stop(bodyTimedOut(limits.ms)), limits.ms);
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}

/** A body still to be read: refused before a byte is read when its declared length is over the limit, else read under the limits. */
export function readUnreadBody(
  stream: Readable,
  contentLength: string | undefined,
  limits: BodyLimits,
): Promise<Uint8Array | LiveCallbackError> {
  if (declaredTooLarge(contentLength, limits.bytes)) return Promise.resolve(bodyTooLarge(limits.bytes));
  return readNodeStream(stream, limits);
}

/** Bytes or text a parser kept are held to the same limit, so every setup answers an oversized body alike. */
function byteLengthOf(body: unknown): number {
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return body.byteLength;
  return 0; // a parsed object: its parser already applied its own limit
}

/** What an earlier parser left: raw bytes first (long IDs stay exact), else the parsed body. */
function parsedBody(parsed: ParsedBodyCarrier, limit: number): BodyInput | LiveCallbackError {
  const body = parsed.rawBody ?? parsed.body;
  if (body === undefined || body === null) return '';
  return byteLengthOf(body) > limit ? bodyTooLarge(limit) : (body as BodyInput);
}

/**
 * The body of a Node request: what an earlier parser left when the stream is already consumed
 * (raw bytes first), otherwise the stream itself, read under the limit.
 */
export function nodeRequestBody(
  req: IncomingMessage,
  limits: BodyLimits,
  parsed: ParsedBodyCarrier = req as ParsedBodyCarrier,
): Promise<BodyInput | LiveCallbackError> {
  if (req.readableEnded || parsed.rawBody !== undefined) return Promise.resolve(parsedBody(parsed, limits.bytes));
  return readUnreadBody(req, req.headers['content-length'], limits);
}

/** The reply to a Node request: method check, body, then the dispatcher. Never rejects. */
export async function replyToNodeRequest(
  live: LiveCallbacks,
  req: IncomingMessage,
  query: QueryInput,
  options: LiveAdapterOptions,
  parsed?: ParsedBodyCarrier,
): Promise<LiveCallbackReply> {
  if (req.method !== 'POST') return replyToWrongMethod(live, req.method, query);
  return replyToBody(live, query, await nodeRequestBody(req, bodyLimitsOf(options), parsed));
}

/**
 * True while the request's body is still arriving, so that a reply now leaves part of it unread.
 * `complete` alone is not enough: a request without a body is complete only once Node's parser
 * is past its head, after the route may already have answered it.
 */
export function bodyStillComing(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const { 'content-length': length, 'transfer-encoding': encoding } = req.headers;
  return encoding !== undefined || Number(length ?? 0) > 0;
}

/** Reads and drops the rest of a request body until it ends, the client leaves, or a limit is reached; then calls `done`. */
function discardRest(req: IncomingMessage, done: () => void): void {
  if (req.destroyed) {
    done();
    return;
  }
  let discarded = 0;
  const stop = (): void => {
    clearTimeout(timer);
    req.off('data', onData).off('end', stop).off('error', stop).off('close', stop);
    done();
  };
  const onData = (chunk: Buffer): void => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMITS.bytes) stop();
  };
  const timer = setTimeout(stop, DISCARD_LIMITS.ms);
  req.on('data', onData).on('end', stop).on('error', stop).on('close', stop);
  req.resume();
}

/**
 * Writes a reply to a Node response. A reply sent before the whole request arrived (a refused body,
 * a wrong method with a body) closes the connection, since the rest will not be read: at once after
 * a 408, or else once the rest is discarded, within DISCARD_LIMITS, so that the client reads the reply.
 */
export function writeNodeReply(res: ServerResponse, reply: LiveCallbackReply): void {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  const text = JSON.stringify(reply.body);
  const unread = bodyStillComing(res.req);
  if (unread) res.setHeader('connection', 'close');
  // A stalled body is not waited for again: Node closes the connection right after the 408.
  if (!unread || reply.status === LIVE_CALLBACK_ERROR_STATUS.request_timeout) {
    res.end(text);
    return;
  }
  // The whole reply goes out now, its length declared; ending the response is what closes the connection.
  res.setHeader('content-length', Buffer.byteLength(text));
  res.write(text);
  discardRest(res.req, () => res.end());
}

/** The query part of a Node request URL, as the string after `?`. */
export function queryOf(url: string | undefined): string {
  const start = url?.indexOf('?') ?? -1;
  return start === -1 || url === undefined ? '' : url.slice(start + 1);
}
