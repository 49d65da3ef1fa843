import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LiveCallbacks } from '../dispatch/create-live-callbacks.js';
import type { LiveCallbackReply } from '../dispatch/reply.js';
import { LiveCallbackError } from '../errors.js';
import type { BodyInput } from '../parse/json.js';
import type { QueryInput } from '../parse/query.js';
import { bodyLimitOf, bodyTooLarge, declaredTooLarge, refuseRequest, replyToWrongMethod, type LiveAdapterOptions } from './shared.js';

/* The Node side of every Node-based adapter (node:http, Express, Koa, Fastify, Nest). */

/** What an earlier body parser may have left on the request. */
export interface ParsedBodyCarrier {
  /** Raw bytes or text kept by a parser (Nest `rawBody: true`, @koa/bodyparser). Preferred: long IDs stay exact. */
  rawBody?: unknown;
  /** What a parser made of the body (express.json(), express.raw(), express.text(), @koa/bodyparser ...). */
  body?: unknown;
}

/**
 * Reads a Node request body into memory, at most `limit` bytes. Past the limit it pauses the
 * stream and stops listening; the 413 reply then closes the connection (writeNodeReply), so the rest
 * of a huge body is never read. Not the `raw-body` package: valibot stays the only runtime dependency,
 * and this is all of raw-body that a JSON webhook needs (no decoding, no encodings other than UTF-8).
 */
function readNodeStream(req: IncomingMessage, limit: number): Promise<Uint8Array | LiveCallbackError> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Uint8Array | LiveCallbackError): void => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        req.pause();
        finish(bodyTooLarge(limit));
      }
    };
    const onEnd = (): void => finish(Buffer.concat(chunks, size));
    const onError = (error: Error): void =>
      finish(new LiveCallbackError('invalid_json', 'the request body could not be read', { cause: error }));
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
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
  limit: number,
  parsed: ParsedBodyCarrier = req as ParsedBodyCarrier,
): Promise<BodyInput | LiveCallbackError> {
  if (req.readableEnded || parsed.rawBody !== undefined) return Promise.resolve(parsedBody(parsed, limit));
  if (declaredTooLarge(req.headers['content-length'], limit)) return Promise.resolve(bodyTooLarge(limit));
  return readNodeStream(req, limit);
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
  const body = await nodeRequestBody(req, bodyLimitOf(options), parsed);
  return body instanceof LiveCallbackError ? refuseRequest(live, body, query) : live.handleLiveCallback(query, body);
}

/** Writes a reply to a Node response. A refused body is not read further, so such replies close the connection. */
export function writeNodeReply(res: ServerResponse, reply: LiveCallbackReply): void {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  if (reply.status === 413) res.setHeader('connection', 'close');
  res.end(JSON.stringify(reply.body));
}

/** The query part of a Node request URL, as the string after `?`. */
export function queryOf(url: string | undefined): string {
  const start = url?.indexOf('?') ?? -1;
  return start === -1 || url === undefined ? '' : url.slice(start + 1);
}
