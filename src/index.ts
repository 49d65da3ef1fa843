// The public API of tencent-live-webhooks. Re-exports only, each name on purpose: what is not listed
// here is internal (adapters reach the dispatcher's internals through src/dispatch/internal.ts).

// Errors and results.
export {
  LIVE_CALLBACK_ERROR_STATUS,
  LiveCallbackError,
  isLiveCallbackError,
  type LiveCallbackErrorCode,
  type LiveCallbackErrorOptions,
  type Result,
} from './errors.js';

// The catalogue: one type and one schema per command (named after the command), shared pieces.
export * from './callbacks/index.js';

// The command table and what is derived from it.
export {
  LIVE_CALLBACK_TABLE,
  LIVE_CALLBACK_COMMANDS,
  LiveCallbackSchema,
  callbackSourceOf,
  resolveLiveCallbackCommand,
  type CallbackSource,
  type CommandSpec,
  type LiveCallback,
  type LiveCallbackCommand,
  type LiveCallbackCommandOf,
  type LiveCallbackOf,
  type LiveCallbackSourceOf,
  type LiveBeforeCommand,
  type LiveAfterCommand,
  type LiveDecisionKind,
  type LiveDecisionKindOf,
  type LiveCallbackAliasMap,
} from './commands.js';

// Pure parsing and verification.
export { parseLiveCallbackQuery, type QueryInput, type OptPlatform, type LiveCallbackQuery } from './parse/query.js';
export { parseLiveCallbackBody, validateLiveCallback } from './parse/body.js';
export { parseLiveCallback } from './parse/parse.js';
export { verifyLiveCallbackSignature } from './parse/signature.js';
export type { BodyInput } from './parse/json.js';

// The dispatcher.
export { createLiveCallbacks } from './dispatch/create-live-callbacks.js';
export type { MaybePromise } from './dispatch/deadline.js';
export type {
  BeforeFallback,
  HandlerResultByCommand,
  LiveAnyHandler,
  LiveCallbackContext,
  LiveCallbackErrorContext,
  LiveCallbackHandler,
  LiveCallbackHandlerResult,
  LiveCallbacks,
  LiveCallbacksOptions,
  LiveCallbackTokens,
  LiveErrorHandler,
  LiveUnknownCallback,
  LiveUnknownHandler,
} from './dispatch/types.js';
export {
  allow,
  reject,
  drop,
  replaceMessage,
  refuseMembers,
  refuseSubscribers,
  answerFriends,
  respond,
  type LiveDecision,
  type LiveDecisionFor,
  type LiveAllowDecision,
  type LiveRejectDecision,
  type LiveDropDecision,
  type LiveReplaceDecision,
  type LiveRefuseMembersDecision,
  type LiveRefuseSubscribersDecision,
  type LiveAnswerFriendsDecision,
  type LiveRespondDecision,
  type LiveFriendAnswer,
} from './dispatch/decisions.js';
export type { LiveCallbackReply, LiveCallbackReplyBody } from './dispatch/reply.js';

// Several instances: delivery keys, the dedupe store interface (and the in-process store), deferral.
export { deliveryKey, DELIVERY_KEY_RULES, type DeliveryKeyRule } from './delivery/keys.js';
export {
  memoryDeliveryStore,
  type DeliveryClaim,
  type DeliveryStore,
  type DeliveryStoreTimes,
  type MemoryDeliveryStoreOptions,
} from './delivery/store.js';
export type { LiveCallbackDefer, LiveDeferredCallback, LiveDeferredRunOptions, LiveQueuedRun } from './delivery/defer.js';
