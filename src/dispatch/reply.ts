import type { LiveCallbackError } from '../errors.js';
import type { LiveDecision } from './decisions.js';

/** The JSON object Tencent expects back (647/64412), plus replacement content for group messages. */
export interface LiveCallbackReplyBody {
  ActionStatus: 'OK' | 'FAIL';
  /** 0 = fine/allow; non-zero = failed or rejected (Before callbacks: see `reject`). */
  ErrorCode: number;
  ErrorInfo: string;
  /** Message Before callbacks: the message body to deliver instead. */
  MsgBody?: unknown[];
  /** Message Before callbacks: the custom data to deliver instead. */
  CloudCustomData?: string;
  /** Group.CallbackBeforeInviteJoinGroup: invitees not to add. */
  RefusedMembers_Account?: string[];
  /** OfficialAccount.CallbackBeforeAddSubscriber: users not to subscribe. */
  RefusedSubscribers_Account?: string[];
  /** Sns.CallbackPrevFriendAdd / PrevFriendResponse: the answer per requested friend. */
  ResultItem?: { To_Account: string; ResultCode: number; ResultInfo?: string }[];
  /** Chatbot.OnC2CSignalMessage: the data sent back to the chatbot. */
  RspData?: string;
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

/** An OK reply with extra fields for Tencent (ErrorCode 0). */
function okWith(fields: Partial<LiveCallbackReplyBody>): LiveCallbackReply {
  return jsonReply(200, { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ...fields });
}

/** A Before decision as Tencent reads it (647/72210, 647/74347, 1047/34364, 1047/34371, 1047/43468, 1047/59057, 1047/60799). */
export function decisionReply(decision: LiveDecision): LiveCallbackReply {
  switch (decision.kind) {
    case 'allow':
      return okReply();
    case 'reject':
      return jsonReply(200, { ActionStatus: 'OK', ErrorCode: decision.code, ErrorInfo: decision.info });
    case 'drop':
      return jsonReply(200, { ActionStatus: 'OK', ErrorCode: 2, ErrorInfo: '' });
    case 'replace': {
      const fields: Partial<LiveCallbackReplyBody> = {};
      if (decision.MsgBody !== undefined) fields.MsgBody = decision.MsgBody;
      if (decision.CloudCustomData !== undefined) fields.CloudCustomData = decision.CloudCustomData;
      return okWith(fields);
    }
    case 'refuseMembers':
      return okWith({ RefusedMembers_Account: [...decision.accounts] });
    case 'refuseSubscribers':
      return okWith({ RefusedSubscribers_Account: [...decision.accounts] });
    case 'answerFriends':
      return okWith({ ResultItem: decision.results.map((result) => ({ ...result })) });
    case 'respond':
      return okWith({ RspData: decision.data });
  }
}

/** Why a Before callback got no decision; the reply says which, never the error's own message. */
export type NoDecisionReason = 'handler_failed' | 'invalid_payload' | 'deadline_exceeded';

const NO_DECISION_INFO: Record<NoDecisionReason, string> = {
  handler_failed: 'no decision: a handler failed',
  invalid_payload: 'no decision: the payload was invalid',
  deadline_exceeded: 'no decision in time',
};

/** The Before reply when no decision could be had: `fallback` applied, `reason` named in ErrorInfo. */
export function fallbackReply(fallback: 'allow' | 'reject', reason: NoDecisionReason): LiveCallbackReply {
  const ErrorInfo = NO_DECISION_INFO[reason];
  return fallback === 'allow'
    ? jsonReply(200, { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo })
    : jsonReply(200, { ActionStatus: 'FAIL', ErrorCode: FAILURE_CODE, ErrorInfo });
}
