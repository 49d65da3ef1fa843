import { CliError } from './args.js';

/* Sending a callback over HTTP and saying plainly what came back (or why nothing did). */

/** Body bytes that fetch and Request take as they are (backed by an ArrayBuffer). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** What a server answered, or why it could not be reached. */
export type Delivery = { ok: true; status: number; contentType: string | null; text: string } | { ok: false; error: string };

/** The most useful words of a failed fetch: Node puts the socket error (ECONNREFUSED ...) in `cause`. */
export function fetchErrorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer in time';
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? error.message;
}

export interface OutgoingRequest {
  method: string;
  headers: Record<string, string>;
  /** Left out for GET and HEAD, which cannot carry one. */
  body?: string | Bytes;
}

const TIMEOUT_MS = 10_000;

/** Sends a request and reads the whole answer. Never rejects. */
export async function deliver(url: string, request: OutgoingRequest): Promise<Delivery> {
  try {
    const response = await fetch(url, { ...request, signal: AbortSignal.timeout(TIMEOUT_MS) });
    return { ok: true, status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
  } catch (error) {
    return { ok: false, error: fetchErrorMessage(error) };
  }
}

/** POSTs `body` to `url` as JSON, as Tencent does. Never rejects. */
export function postCallback(url: string, body: string | Bytes, contentType = 'application/json'): Promise<Delivery> {
  return deliver(url, { method: 'POST', headers: { 'content-type': contentType }, body });
}

/** `url` with `query` (no leading `?`) appended to whatever query it already has. */
export function withQuery(url: string, query: string): string {
  if (query === '') return url;
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/** The reply text as JSON when it is JSON, for --json output. */
export function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** An http(s) URL given on the command line, checked before anything is sent. */
export function checkedUrl(value: string, flag: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new CliError(`${flag} must be an http:// or https:// URL, got ${JSON.stringify(value)}`);
  }
  return value;
}
