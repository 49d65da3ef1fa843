import { LIVE_CALLBACK_TABLE, resolveLiveCallbackCommand, type LiveBeforeCommand, type LiveCallback } from '../commands.js';
import { LiveCallbackError } from '../errors.js';
import { classifyLiveCallback, sentCommand } from '../parse/body.js';
import { decodeJsonBody, type BodyInput } from '../parse/json.js';
import { parseLiveCallbackQuery, type LiveCallbackQuery, type QueryInput } from '../parse/query.js';
import { checkLiveCallbackSignature } from '../parse/signature.js';
import { combineDecisions, isLiveDecision, type LiveDecision } from './decisions.js';
import { chain, raceDeadline, runWithin, type MaybePromise, type Settled } from './deadline.js';
import { addCommandHandler, addHook, createRegistry, removeCommandHandler, type AnyHandler } from './registry.js';
import { decisionReply, errorReply, fallbackReply, handlerFailedReply, okReply, type LiveCallbackReply } from './reply.js';
import type { LiveCallbackErrorContext, LiveCallbacks, LiveCallbacksOptions } from './types.js';

export type * from './types.js';

const DEFAULTS = { toleranceSeconds: 60, deadlineMs: 1500, beforeFallback: 'reject' } as const;

/** The set of accepted SdkAppids, or undefined for "any" (which must be asked for explicitly). */
function acceptedAppIds(options: LiveCallbacksOptions): ReadonlySet<string> | undefined {
  if (options.allowAnySdkAppId === true) return undefined;
  const ids = options.sdkAppId === undefined ? [] : Array.isArray(options.sdkAppId) ? options.sdkAppId : [options.sdkAppId];
  if (ids.length === 0) {
    throw new TypeError(
      '[tencent-live-webhooks] createLiveCallbacks() needs sdkAppId (your SdkAppID, or several), or allowAnySdkAppId: true',
    );
  }
  return new Set(ids.map((id: number | string) => String(id).trim()));
}

function assertOptions(options: LiveCallbacksOptions): void {
  if (typeof options.token === 'string' && options.token.length === 0) {
    throw new TypeError('[tencent-live-webhooks] token is an empty string; leave it out to turn signature checks off');
  }
  // `token: process.env.LIVE_CALLBACK_TOKEN` with the variable unset would quietly accept unsigned
  // callbacks; say so once, at start-up. Leaving the option out says "no token" on purpose.
  if ('token' in options && options.token === undefined) {
    console.warn(
      '[tencent-live-webhooks] token is undefined (an unset environment variable?): callbacks are accepted without a Sign check. Leave the option out to mean that on purpose.',
    );
  }
  for (const key of ['toleranceSeconds', 'deadlineMs'] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new TypeError(`[tencent-live-webhooks] ${key} must be a non-negative number, got ${String(value)}`);
    }
  }
}

function failures(settled: readonly Settled[]): unknown[] {
  const errors: unknown[] = [];
  for (const result of settled) if (!result.ok) errors.push(result.error);
  return errors;
}

/**
 * Creates the dispatcher: register handlers with `on`, then hand every request to
 * `handleLiveCallback(query, body)` and send back the reply it returns.
 */
export function createLiveCallbacks(options: LiveCallbacksOptions): LiveCallbacks {
  assertOptions(options);
  const appIds = acceptedAppIds(options);
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULTS.toleranceSeconds;
  const deadlineMs = options.deadlineMs ?? DEFAULTS.deadlineMs;
  const beforeFallback = options.beforeFallback ?? DEFAULTS.beforeFallback;
  const now = options.now ?? Date.now;
  const registry = createRegistry();

  /** Hands an error to every onError handler; a failing onError handler cannot break the reply. */
  function report(error: LiveCallbackError, ctx: LiveCallbackErrorContext): void {
    if (registry.error.length === 0) {
      console.error(error);
      return;
    }
    for (const handler of registry.error) {
      try {
        const result = handler(error, ctx);
        if (result instanceof Promise) result.catch((thrown: unknown) => console.error(thrown));
      } catch (thrown) {
        console.error(thrown);
      }
    }
  }

  function refuse(error: LiveCallbackError, ctx: LiveCallbackErrorContext): LiveCallbackReply {
    report(error, ctx);
    return errorReply(error);
  }

  function reportHandlerFailures(errors: unknown[], ctx: LiveCallbackErrorContext): void {
    if (errors.length === 0) return;
    const cause = new AggregateError(errors, `${errors.length} handler(s) failed for ${ctx.command ?? 'a callback'}`);
    report(new LiveCallbackError('handler_failed', `${cause.message}; the errors are in cause.errors`, { cause }), ctx);
  }

  function reportDeadline(ctx: LiveCallbackErrorContext, consequence: string): void {
    report(
      new LiveCallbackError(
        'deadline_exceeded',
        `handlers for ${ctx.command ?? 'a callback'} took longer than deadlineMs (${deadlineMs} ms); ${consequence}`,
      ),
      ctx,
    );
  }

  /** After callbacks (and unknown ones): every handler runs; any failure makes the reply FAIL. */
  function runAfter(
    handlers: readonly AnyHandler[],
    event: unknown,
    query: LiveCallbackQuery,
    errorCtx: LiveCallbackErrorContext,
    budgetMs: number,
  ): MaybePromise<LiveCallbackReply> {
    if (handlers.length === 0) return okReply();
    return chain(runWithin(handlers, event, query, budgetMs), (outcome) => {
      if (!outcome.inTime) {
        reportDeadline(errorCtx, 'replied OK; their failures, if any, are reported when they finish');
        void outcome.late.then((settled) => reportHandlerFailures(failures(settled), errorCtx));
        return okReply();
      }
      const errors = failures(outcome.settled);
      reportHandlerFailures(errors, errorCtx);
      return errors.length === 0 ? okReply() : handlerFailedReply();
    });
  }

  /** The decision a Before handler returned, or an error explaining why it is not one. */
  function decisionOf(result: Settled, command: LiveBeforeCommand): LiveDecision | undefined | Error {
    if (!result.ok) return result.error instanceof Error ? result.error : new Error(String(result.error));
    if (result.value === undefined) return undefined;
    const allowed: readonly string[] = LIVE_CALLBACK_TABLE[command].decisions;
    if (isLiveDecision(result.value) && allowed.includes(result.value.kind)) return result.value;
    return new TypeError(
      `a ${command} handler returned ${JSON.stringify(result.value)}; return one of ${allowed.map((kind) => `${kind}()`).join(', ')}`,
    );
  }

  /** The reply to Before handlers that all settled in time: their combined decision, or the fallback. */
  function decide(
    command: LiveBeforeCommand,
    settled: readonly Settled[],
    deciderCount: number,
    errorCtx: LiveCallbackErrorContext,
  ): LiveCallbackReply {
    // onAny handlers observe: their failures are reported but decide nothing.
    const observerErrors = failures(settled.slice(deciderCount));
    const deciderErrors: Error[] = [];
    const decisions: LiveDecision[] = [];
    for (const result of settled.slice(0, deciderCount)) {
      const decision = decisionOf(result, command);
      if (decision instanceof Error) deciderErrors.push(decision);
      else if (decision !== undefined) decisions.push(decision);
    }
    reportHandlerFailures([...deciderErrors, ...observerErrors], errorCtx);
    return deciderErrors.length > 0 ? fallbackReply(beforeFallback) : decisionReply(combineDecisions(decisions));
  }

  /** Before callbacks: the handlers' combined decision is the reply; trouble answers beforeFallback. */
  function runBefore(
    command: LiveBeforeCommand,
    event: LiveCallback,
    query: LiveCallbackQuery,
    errorCtx: LiveCallbackErrorContext,
    budgetMs: number,
  ): MaybePromise<LiveCallbackReply> {
    const deciders = registry.byCommand.get(command) ?? [];
    const handlers = registry.any.length === 0 ? deciders : [...deciders, ...registry.any];
    if (handlers.length === 0) return okReply();
    return chain(runWithin(handlers, event, query, budgetMs), (outcome) => {
      if (outcome.inTime) return decide(command, outcome.settled, deciders.length, errorCtx);
      reportDeadline(errorCtx, `answered beforeFallback (${beforeFallback})`);
      void outcome.late.then((settled) => reportHandlerFailures(failures(settled), errorCtx));
      return fallbackReply(beforeFallback);
    });
  }

  /** Why a request may not go further (403, 401), or undefined. Synchronous unless a digest or a token lookup is pending. */
  function authenticate(query: LiveCallbackQuery): MaybePromise<LiveCallbackError | undefined> {
    if (appIds !== undefined && !appIds.has(query.sdkAppId)) {
      return new LiveCallbackError(
        'sdk_app_id_mismatch',
        `SdkAppid ${query.sdkAppId} is not one this server accepts; check the sdkAppId option`,
      );
    }
    const token = typeof options.token === 'function' ? options.token(query.sdkAppId) : options.token;
    return chain(token, (resolved) => {
      if (resolved === undefined) return undefined;
      return chain(checkLiveCallbackSignature(query, resolved, now(), toleranceSeconds), (signature) =>
        signature.success ? undefined : signature.error,
      );
    });
  }

  /** Body to reply, once the request is authenticated; handlers get what is left of the deadline. */
  function dispatch(query: LiveCallbackQuery, body: BodyInput, budgetMs: number): MaybePromise<LiveCallbackReply> {
    const decoded = decodeJsonBody(body);
    if (!decoded.success) return refuse(decoded.error, { query });
    const classified = classifyLiveCallback(decoded.output, query.command);
    if (!classified.success) {
      // The command the body claims decides how to answer it: 400 for After, the fallback for Before.
      const sent = sentCommand(decoded.output, query.command);
      const command = sent === undefined ? undefined : resolveLiveCallbackCommand(sent);
      const ctx: LiveCallbackErrorContext = { query, event: decoded.output, ...(command && { command }) };
      if (command === undefined || LIVE_CALLBACK_TABLE[command].phase === 'after') return refuse(classified.error, ctx);
      report(classified.error, ctx);
      return fallbackReply(beforeFallback);
    }

    const callback = classified.output;
    if (!callback.known) {
      const ctx: LiveCallbackErrorContext = {
        query,
        event: callback.raw,
        ...(callback.command !== undefined && { command: callback.command }),
      };
      const handlers = [...registry.unknown, ...registry.any];
      // Not an error (the reply is OK), but with nobody listening it must not vanish unnoticed.
      if (handlers.length === 0)
        report(
          new LiveCallbackError(
            'unknown_command',
            `${callback.command ?? 'a body without CallbackCommand'} is not a command this version knows; register onUnknown() to handle such callbacks`,
          ),
          ctx,
        );
      return runAfter(handlers, callback.raw, query, ctx, budgetMs);
    }
    const ctx: LiveCallbackErrorContext = { query, command: callback.command, event: callback.event };
    if (LIVE_CALLBACK_TABLE[callback.command].phase === 'before')
      return runBefore(callback.command as LiveBeforeCommand, callback.event, query, ctx, budgetMs);
    const handlers = registry.byCommand.get(callback.command) ?? [];
    return runAfter(registry.any.length === 0 ? handlers : [...handlers, ...registry.any], callback.event, query, ctx, budgetMs);
  }

  /**
   * The whole request: query, authentication, body. Stays synchronous as long as nothing awaits.
   * A slow token function or digest counts against the same deadline as the handlers (wall-clock
   * time, not the injected `now`).
   */
  function handle(queryInput: QueryInput, body: BodyInput): MaybePromise<LiveCallbackReply> {
    const parsedQuery = parseLiveCallbackQuery(queryInput);
    if (!parsedQuery.success) return refuse(parsedQuery.error, {});
    const query = parsedQuery.output;
    const authError = authenticate(query);
    if (!(authError instanceof Promise)) return authError ? refuse(authError, { query }) : dispatch(query, body, deadlineMs);
    const startedAt = Date.now();
    const tooLate = (): LiveCallbackError =>
      new LiveCallbackError(
        'deadline_exceeded',
        `the token lookup or Sign check took longer than deadlineMs (${deadlineMs} ms); the callback was refused unauthenticated`,
      );
    return raceDeadline(authError, deadlineMs, tooLate).then((error) =>
      error ? refuse(error, { query }) : dispatch(query, body, Math.max(0, deadlineMs - (Date.now() - startedAt))),
    );
  }

  function internalFailure(error: unknown): LiveCallbackReply {
    // Only a bug in this library or a throwing token function gets here; the request still gets an answer.
    report(new LiveCallbackError('handler_failed', 'unexpected failure while handling a callback', { cause: error }), {});
    return { ...handlerFailedReply(), status: 500 };
  }

  function handleLiveCallback(query: QueryInput, body: BodyInput): Promise<LiveCallbackReply> {
    try {
      const reply = handle(query, body);
      return reply instanceof Promise ? reply.catch(internalFailure) : Promise.resolve(reply);
    } catch (error) {
      return Promise.resolve(internalFailure(error));
    }
  }

  function handleRequestError(error: LiveCallbackError, query?: QueryInput): LiveCallbackReply {
    const parsed = query === undefined ? undefined : parseLiveCallbackQuery(query);
    return refuse(error, parsed?.success ? { query: parsed.output } : {});
  }

  return {
    on: (command, handler) => addCommandHandler(registry, command, handler),
    off: (command, handler) => removeCommandHandler(registry, command, handler),
    onAny: (handler) => addHook(registry.any, handler, 'onAny()'),
    onUnknown: (handler) => addHook(registry.unknown, handler, 'onUnknown()'),
    onError: (handler) => addHook(registry.error, handler, 'onError()'),
    handleLiveCallback,
    handleRequestError,
  };
}
