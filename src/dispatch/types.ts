import type { CallbackSource } from '../catalogue/row.js';
import type { LiveAfterCommand, LiveBeforeCommand, LiveCallback, LiveCallbackCommand, LiveCallbackOf } from '../commands.js';
import type { LiveCallbackDefer, LiveDeferredCallback, LiveDeferredRunOptions, LiveQueuedRun } from '../delivery/defer.js';
import type { DeliveryStore } from '../delivery/store.js';
import type { LiveCallbackError } from '../errors.js';
import type { BodyInput } from '../parse/json.js';
import type { LiveCallbackQuery, QueryInput } from '../parse/query.js';
import type { MaybePromise } from './deadline.js';
import type { LiveDecisionFor } from './decisions.js';
import type { LiveCallbackReply } from './reply.js';

/* The dispatcher's public types: its options, what handlers get and return, and its functions. */

/** How the dispatcher authenticates and times callbacks. */
export interface LiveCallbacksOptions {
  /**
   * The SdkAppID (or several) whose callbacks this server accepts; anything else is answered 403.
   * Required unless `allowAnySdkAppId` is true.
   */
  sdkAppId?: number | string | readonly (number | string)[];
  /** Accept every SdkAppid. An explicit opt-out, for servers that check the app themselves. */
  allowAnySdkAppId?: boolean;
  /**
   * The callback token. When set, every callback must carry a valid `Sign` and a fresh `RequestTime`,
   * or it is answered 401. Tencent signs Live callbacks (`Live.*`, `Mic.*`) with the Live token
   * (`v4/live_config/set_callback_token`) and every Chat callback with the Chat console's token:
   * - a string: one token for both (when both URLs share it);
   * - `{ live, chat }`: a token per source; a request is checked with the token of the source its
   *   query's `CallbackCommand` belongs to, and a body of the other source is refused (403);
   * - a function of the SdkAppid and the source, for several apps; returning undefined means that
   *   app and source are not signature-checked. A function that throws or rejects answers 503.
   */
  token?:
    | string
    | LiveCallbackTokens
    | ((sdkAppId: string, source: CallbackSource) => string | undefined | Promise<string | undefined>)
    | undefined;
  /** How far `RequestTime` may be from now, in seconds. Default 60 (647/64412: "within 1 minute"). */
  toleranceSeconds?: number;
  /** Every reply is sent within this many milliseconds. Default 1500 (Tencent waits 2 s). */
  deadlineMs?: number;
  /**
   * What a Before callback answers when no decision comes (a handler failed, the payload was invalid,
   * the deadline passed). By default what Tencent itself does when it gets no answer: Chat commands
   * are let through (`'allow'`), the Live gift is blocked (`'reject'`). One value for every command,
   * or a map of commands to values (the rest keep Tencent's default).
   */
  beforeFallback?: BeforeFallback | { readonly [C in LiveBeforeCommand]?: BeforeFallback };
  /** The clock, Unix milliseconds. Tests pass their own. */
  now?: () => number;
  /**
   * Drop redeliveries of After callbacks: each event's key (`deliveryKey`) is claimed in this store
   * before its handlers run. `memoryDeliveryStore()` for one process, `redisDeliveryStore()` from
   * `tencent-live-webhooks/redis` for several. See the README, "Running several instances".
   */
  dedupe?: DeliveryStore | undefined;
  /**
   * Hand After callbacks to a durable queue instead of running their handlers in the request: the
   * reply is sent once `defer` resolves, and a worker runs the handlers with `handleDeferredCallback`.
   * Before callbacks are never deferred (they need an answer now). `tencent-live-webhooks/bullmq`
   * makes one for BullMQ.
   */
  defer?: LiveCallbackDefer | undefined;
  /**
   * With `defer`: which After commands go to the queue; the others run inline, as without `defer`.
   * A list, or a function of the command. Default: every After command. Commands this version does
   * not know always run inline (`onUnknown`).
   */
  deferCommands?: readonly LiveAfterCommand[] | ((command: LiveAfterCommand) => boolean) | undefined;
}

/** A token per callback source; leave one out to skip the Sign check for that source. */
export interface LiveCallbackTokens {
  /** The Live callback token (`v4/live_config/set_callback_token`), for `Live.*` and `Mic.*`. */
  live?: string | undefined;
  /** The Chat console's callback token, for every Chat callback (`Group.*`, `C2C.*`, `State.*` ...). */
  chat?: string | undefined;
}

/** What a Before callback answers when no decision comes: let the action happen, or block it. */
export type BeforeFallback = 'allow' | 'reject';

/** What every handler gets besides the event: the parsed query of the callback URL, and more. */
export interface LiveCallbackContext extends Readonly<LiveCallbackQuery> {
  /** Which Tencent callback URL (and token) the callback came through. */
  readonly source: CallbackSource;
  /**
   * Aborted when `deadlineMs` passes and the reply has gone without this handler: pass it to `fetch`
   * or a database driver to stop work nobody waits for. Never aborted for handlers that finished.
   */
  readonly signal: AbortSignal;
  /** Set when the handlers run on a worker, from a queue (`defer`): which run this is. Absent inline. */
  readonly queued?: LiveQueuedRun;
}

/** What `onError` gets besides the error: whatever was known when it happened. */
export interface LiveCallbackErrorContext {
  /** The parsed query, once it parsed. */
  query?: LiveCallbackQuery;
  /** The callback's command, once known. */
  command?: string;
  /** The event or raw body, once parsed. */
  event?: unknown;
  /** The source the request was authenticated for, once known. */
  source?: CallbackSource;
}

// Two mapped types, not one with a conditional: inside a conditional TypeScript widens LiveDecisionFor<C>.
/** Per command, what its handlers return: a decision (or nothing, meaning allow) for Before commands, nothing for After ones. */
export type HandlerResultByCommand = { [C in LiveAfterCommand]: void } & {
  [C in LiveBeforeCommand]: LiveDecisionFor<C> | undefined | void;
};

/** What a handler of command `C` returns, possibly as a promise. */
export type LiveCallbackHandlerResult<C extends LiveCallbackCommand> = MaybePromise<HandlerResultByCommand[C]>;

/** A handler for command `C`; for a union of commands, its event is the union of their events. */
export type LiveCallbackHandler<C extends LiveCallbackCommand> = (
  event: LiveCallbackOf<C>,
  ctx: LiveCallbackContext,
) => LiveCallbackHandlerResult<C>;

/** A body whose command this version does not know: the raw JSON object. */
export interface LiveUnknownCallback {
  readonly CallbackCommand?: unknown;
  readonly [field: string]: unknown;
}

/** An `onAny` handler: sees every authenticated callback, known or not; its return value decides nothing. */
export type LiveAnyHandler = (event: LiveCallback | LiveUnknownCallback, ctx: LiveCallbackContext) => MaybePromise<void>;
/** An `onUnknown` handler: gets the raw object of a command this version does not know. */
export type LiveUnknownHandler = (event: LiveUnknownCallback, ctx: LiveCallbackContext) => MaybePromise<void>;
/** An `onError` handler: told about every refused request and every handler failure. */
export type LiveErrorHandler = (error: LiveCallbackError, ctx: LiveCallbackErrorContext) => MaybePromise<void>;

/** The dispatcher. Every function is bound, so `const { on, handleLiveCallback } = live` works. */
export interface LiveCallbacks {
  /** Runs `handler` for one command (or each of several); returns a function that removes it. */
  on<const C extends LiveCallbackCommand>(command: C | readonly C[], handler: LiveCallbackHandler<NoInfer<C>>): () => void;
  /** Removes a handler added with `on`. */
  off<const C extends LiveCallbackCommand>(command: C | readonly C[], handler: LiveCallbackHandler<NoInfer<C>>): void;
  /** Runs for every authenticated callback, known or not. It observes: its return value decides nothing. */
  onAny(handler: LiveAnyHandler): () => void;
  /** Runs for commands this version does not know yet (the reply is OK). */
  onUnknown(handler: LiveUnknownHandler): () => void;
  /** Told about every refused request and every handler failure. Without one, errors go to console.error. */
  onError(handler: LiveErrorHandler): () => void;
  /** The one entry for every HTTP stack. Never throws, never rejects. */
  handleLiveCallback(query: QueryInput, body: BodyInput): Promise<LiveCallbackReply>;
  /**
   * On a worker: runs the handlers of a callback that `defer` stored, with `ctx.queued` set and no
   * deadline. Resolves when every handler succeeded; rejects with a `LiveCallbackError` otherwise
   * (`handler_failed`, or `invalid_payload` for a job that is not a valid After callback), so the
   * queue retries it. onError is told as well.
   */
  handleDeferredCallback(callback: LiveDeferredCallback, run?: LiveDeferredRunOptions): Promise<void>;
}
