import type { CallbackSource } from '../catalogue/row.js';
import {
  LIVE_CALLBACK_TABLE,
  resolveLiveCallbackCommand,
  sourceOfResolved,
  type LiveBeforeCommand,
  type LiveCallbackCommand,
} from '../commands.js';
import { isPushBatch } from '../callbacks/push/batch.js';
import { LiveCallbackError } from '../errors.js';
import { classifyResolved, sentCommand, type ClassifiedCallback } from '../parse/body.js';
import { decodeJsonBody, type BodyInput } from '../parse/json.js';
import type { LiveCallbackQuery } from '../parse/query.js';
import { sourceMismatch } from './authenticate.js';
import { HandlerContext } from './context.js';
import type { MaybePromise } from './deadline.js';
import type { Registry } from './registry.js';
import { errorReply, fallbackReply, handlerFailedReply, okReply, type LiveCallbackReply } from './reply.js';
import type { Report } from './report.js';
import type { createDelivery } from './deliver.js';
import type { createRunner } from './run.js';
import type { Settings } from './options.js';
import type { LiveCallbackErrorContext } from './types.js';

/*
 * From an authenticated request's body to the reply: decode, check the body belongs to the source
 * the request was verified for, validate, and hand the event to its handlers. A batch (`Push.*`:
 * `{ Events: [...] }`) hands each event to its own command's handlers and answers once.
 */

type Runner = ReturnType<typeof createRunner>;
type Delivery = ReturnType<typeof createDelivery>;

/**
 * The command a body (or a batch event) is for, read and resolved once: the source check, validation,
 * the error context and dispatch all go by it. `source` is the row's, or for a command this version
 * does not know, its prefix's; undefined when there is no command at all.
 */
function commandOf(raw: unknown, fallbackCommand: string | undefined) {
  const sent = sentCommand(raw, fallbackCommand);
  const command = sent === undefined ? undefined : resolveLiveCallbackCommand(sent);
  return { sent, command, source: sent === undefined ? undefined : sourceOfResolved(sent, command) };
}

export function createRouter(settings: Pick<Settings, 'fallbackFor'>, registry: Registry, report: Report, run: Runner, delivery: Delivery) {
  function refuse(error: LiveCallbackError, ctx: LiveCallbackErrorContext): LiveCallbackReply {
    report(error, ctx);
    return errorReply(error);
  }

  /** The reply to a body that failed validation: 400 for After callbacks, the fallback for Before ones. */
  function invalid(
    error: LiveCallbackError,
    raw: unknown,
    query: LiveCallbackQuery,
    command: LiveCallbackCommand | undefined,
    source: CallbackSource | undefined,
  ): LiveCallbackReply {
    const ctx: LiveCallbackErrorContext = { query, event: raw, ...(command && { command }), ...(source && { source }) };
    if (command === undefined || LIVE_CALLBACK_TABLE[command].phase === 'after') return refuse(error, ctx);
    report(error, ctx);
    return fallbackReply(settings.fallbackFor(command as LiveBeforeCommand), 'invalid_payload');
  }

  /** One validated (or unknown) event to its handlers. */
  function dispatchEvent(
    callback: ClassifiedCallback,
    query: LiveCallbackQuery,
    source: CallbackSource,
    budgetMs: number,
  ): MaybePromise<LiveCallbackReply> {
    const ctx = new HandlerContext(query, source);
    if (!callback.known) {
      const errorCtx: LiveCallbackErrorContext = {
        query,
        event: callback.raw,
        source,
        ...(callback.command !== undefined && { command: callback.command }),
      };
      const handlers = [...registry.unknown, ...registry.any];
      // Not an error (the reply is OK), but with nobody listening it must not vanish unnoticed.
      if (handlers.length === 0) {
        const what = callback.command ?? 'a body without CallbackCommand';
        report(
          new LiveCallbackError(
            'unknown_command',
            `${what} is not a command this version knows; register onUnknown() to handle such callbacks`,
          ),
          errorCtx,
        );
      }
      return run.runAfter({ handlers, event: callback.raw, ctx, errorCtx, budgetMs });
    }
    const { command, event } = callback;
    const errorCtx: LiveCallbackErrorContext = { query, command, event, source };
    const deciders = registry.byCommand.get(command) ?? [];
    const handlers = registry.any.length === 0 ? deciders : [...deciders, ...registry.any];
    const job = { handlers, event, ctx, errorCtx, budgetMs };
    if (LIVE_CALLBACK_TABLE[command].phase === 'before') return run.runBefore(command as LiveBeforeCommand, deciders.length, job);
    // With dedupe or defer set, After events are claimed and may go to a queue (deliver.ts).
    return delivery.delivers(command) ? delivery.deliver(command, event, job, query, source) : run.runAfter(job);
  }

  /** Each event of a batch to its own handlers, one reply: FAIL if any failed, 400 only if none was valid. */
  async function dispatchBatch(
    events: readonly unknown[],
    query: LiveCallbackQuery,
    verified: CallbackSource | undefined,
    budgetMs: number,
  ): Promise<LiveCallbackReply> {
    const replies: MaybePromise<LiveCallbackReply>[] = [];
    let firstError: LiveCallbackError | undefined;
    for (const raw of events) {
      const { sent, command, source } = commandOf(raw, undefined);
      const classified =
        verified !== undefined && source !== undefined && source !== verified
          ? { success: false as const, error: sourceMismatch(verified, sent as string) }
          : classifyResolved(raw, sent, command);
      if (!classified.success) {
        firstError ??= classified.error;
        report(classified.error, { query, event: raw, ...(sent !== undefined && { command: sent }) });
        continue;
      }
      replies.push(dispatchEvent(classified.output, query, verified ?? 'chat', budgetMs));
    }
    if (replies.length === 0) return errorReply(firstError ?? new LiveCallbackError('invalid_payload', 'the batch has no events'));
    const settled = await Promise.all(replies);
    return settled.every((reply) => reply.body.ActionStatus === 'OK') ? okReply() : handlerFailedReply();
  }

  /** The body of a request authenticated for `verified` (undefined: unsigned and no query command). */
  return function route(
    query: LiveCallbackQuery,
    verified: CallbackSource | undefined,
    body: BodyInput,
    budgetMs: number,
  ): MaybePromise<LiveCallbackReply> {
    const decoded = decodeJsonBody(body);
    if (!decoded.success) return refuse(decoded.error, { query, ...(verified && { source: verified }) });
    const raw = decoded.output;
    if (isPushBatch(raw)) return dispatchBatch(raw.Events, query, verified, budgetMs);
    const { sent, command, source: sentSource } = commandOf(raw, query.command);
    const source = sentSource ?? verified;
    if (verified !== undefined && source !== verified)
      return refuse(sourceMismatch(verified, sent as string), { query, event: raw, source: verified });
    const classified = classifyResolved(raw, sent, command);
    if (!classified.success) return invalid(classified.error, raw, query, command, source);
    return dispatchEvent(classified.output, query, source ?? 'live', budgetMs);
  };
}
