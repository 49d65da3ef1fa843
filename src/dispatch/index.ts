export {
  createLiveCallbacks,
  type LiveCallbacks,
  type LiveCallbacksOptions,
  type LiveCallbackContext,
  type LiveCallbackErrorContext,
  type LiveCallbackHandler,
  type LiveCallbackHandlerResult,
  type LiveAnyHandler,
  type LiveUnknownHandler,
  type LiveErrorHandler,
  type LiveUnknownCallback,
} from './create-live-callbacks.js';
export {
  allow,
  reject,
  drop,
  replaceMessage,
  type LiveDecision,
  type LiveDecisionFor,
  type LiveAllowDecision,
  type LiveRejectDecision,
  type LiveDropDecision,
  type LiveReplaceDecision,
} from './decisions.js';
export type { LiveCallbackReply, LiveCallbackReplyBody } from './reply.js';
