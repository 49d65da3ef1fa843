import type { LiveCallbacks } from '../dispatch/create-live-callbacks.js';
import type { LiveCallbackReply } from '../dispatch/reply.js';
import { LiveCallbackError } from '../errors.js';
import { bodyLimitOf, bodyTooLarge, declaredTooLarge, refuseRequest, replyToWrongMethod, type LiveAdapterOptions } from './shared.js';

export type { LiveAdapterOptions } from './shared.js';

/**
 * Reads a web request body, at most `limit` bytes: Content-Length first, then the stream, which is
 * cancelled as soon as it passes the limit.
 */
async function readRequestBody(request: Request, limit: number): Promise<Uint8Array | LiveCallbackError> {
  if (declaredTooLarge(request.headers.get('content-length'), limit)) return bodyTooLarge(limit);
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return bodyTooLarge(limit);
    }
    chunks.push(read.value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function replyToRequest(live: LiveCallbacks, request: Request, options: LiveAdapterOptions): Promise<LiveCallbackReply> {
  const query = new URL(request.url).searchParams;
  if (request.method !== 'POST') return replyToWrongMethod(live, request.method, query);
  const body = await readRequestBody(request, bodyLimitOf(options)).catch(
    (error: unknown) => new LiveCallbackError('invalid_json', 'the request body could not be read', { cause: error }),
  );
  return body instanceof LiveCallbackError ? refuseRequest(live, body, query) : live.handleLiveCallback(query, body);
}

/**
 * A `(request: Request) => Promise<Response>` handler for fetch-style runtimes: Hono
 * (`app.all(path, (c) => handler(c.req.raw))`), Next.js route handlers (`export const POST = handler`),
 * Bun.serve, Deno.serve and Cloudflare Workers.
 */
export function createFetchHandler(live: LiveCallbacks, options: LiveAdapterOptions = {}): (request: Request) => Promise<Response> {
  return async (request) => {
    const reply = await replyToRequest(live, request, options);
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: reply.headers });
  };
}
