import type { CapturedRequest } from '../capture.js';
import { deliver, withQuery, type Bytes, type Delivery } from '../http.js';

/* `listen --forward-to`: the request as received goes on to the user's server, whose answer goes back to Tencent. */

/** What Tencent gets when the user's server cannot be reached: a failed delivery it may retry. */
export const UNREACHABLE_STATUS = 502;

export function forwardRequest(base: string, captured: CapturedRequest, bytes: Bytes): Promise<Delivery> {
  const carriesBody = captured.method !== 'GET' && captured.method !== 'HEAD';
  return deliver(withQuery(base, captured.query), {
    method: captured.method,
    headers: captured.headers,
    ...(carriesBody && { body: bytes }),
  });
}

/** The answer for Tencent: the user's server's, or a 502 that says it was not reachable. */
export function answerOf(delivery: Delivery): { status: number; contentType: string; text: string } {
  if (delivery.ok) return { status: delivery.status, contentType: delivery.contentType ?? 'text/plain', text: delivery.text };
  const body = { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'the forward-to server did not answer' };
  return { status: UNREACHABLE_STATUS, contentType: 'application/json; charset=utf-8', text: JSON.stringify(body) };
}
