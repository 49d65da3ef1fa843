import type { IncomingMessage } from 'node:http';
import { commandOf } from './event.js';
import type { Bytes } from './http.js';

/*
 * A saved request, one per JSON line (`listen --save`): what `replay` needs to send it again and
 * `validate` to check it. The body is kept exactly as received: as text when it is UTF-8 (almost
 * always), else as base64.
 */

export interface CapturedRequest {
  /** When it arrived, ISO 8601. */
  receivedAt: string;
  method: string;
  /** The path the request was sent to, without the query. */
  path: string;
  /** The query string as received, without `?` (SdkAppid, CallbackCommand, Sign, RequestTime ...). */
  query: string;
  /** The headers that matter to a callback: content-type, user-agent. */
  headers: Record<string, string>;
  /** The body text, byte for byte. */
  body?: string;
  /** The body when it is not UTF-8. */
  bodyBase64?: string;
}

const KEPT_HEADERS = ['content-type', 'user-agent'] as const;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function bodyFields(bytes: Uint8Array): Pick<CapturedRequest, 'body' | 'bodyBase64'> {
  try {
    return { body: strictUtf8.decode(bytes) };
  } catch {
    return { bodyBase64: Buffer.from(bytes).toString('base64') };
  }
}

export function captureOf(req: IncomingMessage, bytes: Uint8Array, receivedAt: Date): CapturedRequest {
  const [path = '/', query = ''] = splitUrl(req.url ?? '/');
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return { receivedAt: receivedAt.toISOString(), method: req.method ?? 'GET', path, query, headers, ...bodyFields(bytes) };
}

function splitUrl(url: string): [string, string] {
  const mark = url.indexOf('?');
  return mark === -1 ? [url, ''] : [url.slice(0, mark), url.slice(mark + 1)];
}

/** Whether a parsed JSON line is a saved request (rather than a bare payload). */
export function isCapturedRequest(value: unknown): value is CapturedRequest {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<Record<keyof CapturedRequest, unknown>>;
  return typeof record.query === 'string' && (typeof record.body === 'string' || typeof record.bodyBase64 === 'string');
}

/** The body bytes of a saved request, exactly as they were received. */
export function bodyBytesOf(record: CapturedRequest): Bytes {
  return new Uint8Array(
    record.bodyBase64 !== undefined ? Buffer.from(record.bodyBase64, 'base64') : Buffer.from(record.body ?? '', 'utf8'),
  );
}

/** The body as text (a non-UTF-8 one decoded leniently: it is only for reading its command). */
export function bodyTextOf(record: CapturedRequest): string {
  return record.body ?? Buffer.from(record.bodyBase64 ?? '', 'base64').toString('utf8');
}

/** The body as JSON, or undefined when it is not JSON: only for showing and routing, never for checking. */
export function bodyJsonOf(record: CapturedRequest): unknown {
  try {
    return JSON.parse(bodyTextOf(record));
  } catch {
    return undefined;
  }
}

/** The command a request is for: its body's CallbackCommand, else its query's (as the library decides). */
export function claimedCommand(record: CapturedRequest): string | undefined {
  return commandOf(bodyJsonOf(record)) ?? new URLSearchParams(record.query).get('CallbackCommand') ?? undefined;
}
