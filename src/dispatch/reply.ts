import type { LiveCallbackError } from '../errors.js';
import type { LiveDecision } from './decisions.js';

/** The JSON object Tencent expects back (647/64412), plus replacement content for group messages. */
export interface LiveCallbackReplyBody {
  ActionStatus: 'OK' | 'FAIL';
  /** 0 = fine/allow; non-zero = failed or rejected (Before callbacks: see `reject`). */
  ErrorCode: number;
  ErrorInfo: string;
  /** Group.CallbackBeforeSendMsg only: the message body to deliver instead. */
  MsgBody?: unknown[];
  /** Group.CallbackBeforeSendMsg only: the custom data to deliver instead. */
  CloudCustomData?: string;
}

/** What an adapter writes: status, headers and a JSON object to serialise as the body. */
export interface LiveCallbackReply {
  status: number;
  headers: Record<string, string>;
  body: LiveCallbackReplyBody;
}

/** ErrorCode of every FAIL reply the library makes itself; Tencent ignores it for After callbacks. */
const FAILURE_CODE = 1;

function jsonReply(status: number, body: LiveCallbackReplyBody): LiveCallbackReply {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}

/** 200, `ActionStatus: "OK"`: received and handled (or allowed). */
export function okReply(): LiveCallbackReply {
  return jsonReply(200, { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
}

/**
 * 200, `ActionStatus: "FAIL"` with a generic text: a handler failed. The error itself goes to
 * onError only; its message may hold internals and never leaves the server.
 */
export function handlerFailedReply(): LiveCallbackReply {
  return jsonReply(200, { ActionStatus: 'FAIL', ErrorCode: FAILURE_CODE, ErrorInfo: 'callback handler failed' });
}

/** The reply to a request the library refused: the error's status, and its code as ErrorInfo (no details). */
export function errorReply(error: LiveCallbackError): LiveCallbackReply {
  return jsonReply(error.status, { ActionStatus: 'FAIL', ErrorCode: FAILURE_CODE, ErrorInfo: error.code });
}

/** A Before decision as Tencent reads it (647/72210, 647/74347). */
export function decisionReply(decision: LiveDecision): LiveCallbackReply {
  switch (decision.kind) {
    case 'allow':
      return okReply();
    case 'reject':
      return jsonReply(200, { ActionStatus: 'OK', ErrorCode: decision.code, ErrorInfo: decision.info });
    case 'drop':
      return jsonReply(200, { ActionStatus: 'OK', ErrorCode: 2, ErrorInfo: '' });
    case 'replace': {
      const body: LiveCallbackReplyBody = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
      if (decision.MsgBody !== undefined) body.MsgBody = decision.MsgBody;
      if (decision.CloudCustomData !== undefined) body.CloudCustomData = decision.CloudCustomData;
      return jsonReply(200, body);
    }
  }
}

/** The Before reply when no decision could be had (a handler failed, the payload was invalid, time ran out). */
export function fallbackReply(fallback: 'allow' | 'reject'): LiveCallbackReply {
  return fallback === 'allow'
    ? okReply()
    : jsonReply(200, { ActionStatus: 'FAIL', ErrorCode: FAILURE_CODE, ErrorInfo: 'no decision in time' });
}
