import type { LiveCallbacks } from '../dispatch/create-live-callbacks.js';
import type { LiveCallbackReply } from '../dispatch/reply.js';
import { LIVE_CALLBACK_ERROR_STATUS, type LiveCallbackError } from '../errors.js';
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

export type { LiveAdapterOptions } from './shared.js';

/**
 * Reads a web stream to its end, at most `limit` bytes. Past the limit it lets go of the stream
 * unread, for the reply to discard (lingeringBody). A failing stream is a client gone.
 */
async function readStream(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<Uint8Array | LiveCallbackError> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > limit) {
        reader.releaseLock();
        return bodyTooLarge(limit);
      }
      chunks.push(read.value);
    }
  } catch (error) {
    return requestAborted(error);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Reads a web request body under the adapter's limits: Content-Length first, then the stream, which
 * is cancelled when it has not ended within `bodyTimeoutMs`.
 */
async function readRequestBody(request: Request, limits: BodyLimits): Promise<Uint8Array | LiveCallbackError> {
  if (declaredTooLarge(request.headers.get('content-length'), limits.bytes)) return bodyTooLarge(limits.bytes);
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<LiveCallbackError>((resolve) => {
    timer = setTimeout(() => {
      reader.cancel().catch(() => undefined);
      resolve(bodyTimedOut(limits.ms));
    }, limits.ms);
  });
  try {
    return await Promise.race([readStream(reader, limits.bytes), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads and drops a stream until it ends or DISCARD_LIMITS is reached; then cancels it. */
async function discard(stream: ReadableStream<Uint8Array>): Promise<void> {
  const reader = stream.getReader();
  const timer = setTimeout(() => reader.cancel().catch(() => undefined), DISCARD_LIMITS.ms);
  let discarded = 0;
  try {
    for (let read = await reader.read(); !read.done && discarded <= DISCARD_LIMITS.bytes; read = await reader.read()) {
      discarded += read.value.byteLength;
    }
  } catch {
    // The client is gone: nothing left to wait for.
  } finally {
    clearTimeout(timer);
  }
  await reader.cancel().catch(() => undefined);
}

/**
 * The reply's bytes at once, then an end only once the rest of the request body is discarded, so
 * that the runtime closes the connection after the client could read the reply: the same lingering
 * close as writeNodeReply (node-request.ts). Driven by the runtime reading the reply.
 */
function lingeringBody(bytes: Uint8Array, rest: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    async pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(bytes);
        return;
      }
      await discard(rest);
      controller.close();
    },
  });
}

/** The Response for a reply. A request body nobody read to its end (still unlocked) is discarded behind it, and the connection closed. */
function responseTo(reply: LiveCallbackReply, request: Request): Response {
  const text = JSON.stringify(reply.body);
  // A stalled body is not waited for again: the runtime closes the connection after the 408.
  if (reply.status === LIVE_CALLBACK_ERROR_STATUS.request_timeout) {
    return new Response(text, { status: reply.status, headers: { ...reply.headers, connection: 'close' } });
  }
  if (request.body === null || request.body.locked) return new Response(text, { status: reply.status, headers: reply.headers });
  const bytes = new TextEncoder().encode(text);
  const headers = { ...reply.headers, connection: 'close', 'content-length': String(bytes.byteLength) };
  return new Response(lingeringBody(bytes, request.body), { status: reply.status, headers });
}

async function replyToRequest(live: LiveCallbacks, request: Request, options: LiveAdapterOptions): Promise<LiveCallbackReply> {
  const query = new URL(request.url).searchParams;
  if (request.method !== 'POST') return replyToWrongMethod(live, request.method, query);
  return replyToBody(live, query, await readRequestBody(request, bodyLimitsOf(options)));
}

/**
 * A `(request: Request) => Promise<Response>` handler for fetch-style runtimes: Hono
 * (`app.all(path, (c) => handler(c.req.raw))`), Next.js route handlers (`export const POST = handler`),
 * Bun.serve, Deno.serve and Cloudflare Workers.
 */
export function createFetchHandler(live: LiveCallbacks, options: LiveAdapterOptions = {}): (request: Request) => Promise<Response> {
  return async (request) => responseTo(await replyToRequest(live, request, options), request);
}
