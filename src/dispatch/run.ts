import { LIVE_CALLBACK_TABLE, type LiveBeforeCommand } from '../commands.js';
import { LiveCallbackError, type Result } from '../errors.js';
import type { HandlerContext } from './context.js';
import { combineDecisions, isLiveDecision, type LiveDecision } from './decisions.js';
import { runWithin, type MaybePromise, type Settled } from './deadline.js';
import type { AnyHandler } from './registry.js';
import { decisionReply, fallbackReply, handlerFailedReply, okReply, type LiveCallbackReply } from './reply.js';
import { handlerFailure, type Report } from './report.js';
import type { Settings } from './options.js';
import type { LiveCallbackErrorContext } from './types.js';

/*
 * Running the handlers of one event and turning what they did into the reply: After callbacks
 * acknowledge (or FAIL when a handler failed), Before callbacks answer with the combined decision.
 */

/** One event's work: its handlers, the event, and what they and onError get. */
export interface Job {
  readonly handlers: readonly AnyHandler[];
  readonly event: unknown;
  readonly ctx: HandlerContext;
  readonly errorCtx: LiveCallbackErrorContext;
  /** Milliseconds left for the handlers. */
  readonly budgetMs: number;
}

function failures(settled: readonly Settled[]): unknown[] {
  const errors: unknown[] = [];
  for (const result of settled) if (!result.success) errors.push(result.error);
  return errors;
}

/** Told whether an event's handlers all succeeded, once they have finished. */
type OnFinished = (succeeded: boolean) => MaybePromise<void>;

/** `reply`, once `onFinished` (if any) has taken note of the outcome. */
function replyAfter(reply: LiveCallbackReply, succeeded: boolean, onFinished: OnFinished | undefined): MaybePromise<LiveCallbackReply> {
  const noted = onFinished?.(succeeded);
  return noted instanceof Promise ? noted.then(() => reply) : reply;
}

export function createRunner(settings: Pick<Settings, 'deadlineMs' | 'fallbackFor'>, report: Report) {
  function reportFailures(errors: readonly unknown[], errorCtx: LiveCallbackErrorContext): void {
    if (errors.length > 0) report(handlerFailure(errors, errorCtx.command), errorCtx);
  }

  function reportLate(job: Job, consequence: string): void {
    const what = job.errorCtx.command ?? 'a callback';
    report(
      new LiveCallbackError(
        'deadline_exceeded',
        `handlers for ${what} took longer than deadlineMs (${settings.deadlineMs} ms); ${consequence}`,
      ),
      job.errorCtx,
    );
  }

  /**
   * After callbacks (and unknown ones): every handler runs; any failure makes the reply FAIL.
   * `onFinished` learns whether they all succeeded, once they have: before the reply when they
   * finish in time (the reply waits for it), after it when they overrun the deadline.
   */
  function runAfter(job: Job, onFinished?: OnFinished): MaybePromise<LiveCallbackReply> {
    if (job.handlers.length === 0) return replyAfter(okReply(), true, onFinished);
    const outcome = runWithin(job.handlers, job.event, job.ctx, job.budgetMs, () => job.ctx.abort());
    const finish = (done: Awaited<typeof outcome>): MaybePromise<LiveCallbackReply> => {
      if (!done.inTime) {
        reportLate(job, 'replied OK; their failures, if any, are reported when they finish');
        void done.late.then((settled) => {
          const errors = failures(settled);
          reportFailures(errors, job.errorCtx);
          void onFinished?.(errors.length === 0);
        });
        return okReply();
      }
      const errors = failures(done.settled);
      reportFailures(errors, job.errorCtx);
      return errors.length === 0 ? replyAfter(okReply(), true, onFinished) : replyAfter(handlerFailedReply(), false, onFinished);
    };
    return outcome instanceof Promise ? outcome.then(finish) : finish(outcome);
  }

  /**
   * On a worker: every handler runs with no deadline (the queue has its own); their failures are
   * reported and returned as one `handler_failed` error, or undefined when all succeeded.
   */
  async function runQueued(job: Omit<Job, 'budgetMs'>): Promise<LiveCallbackError | undefined> {
    const settled = await Promise.all(
      job.handlers.map(async (handler): Promise<Settled> => {
        try {
          return { success: true, output: await handler(job.event, job.ctx) };
        } catch (error) {
          return { success: false, error };
        }
      }),
    );
    const errors = failures(settled);
    if (errors.length === 0) return undefined;
    const error = handlerFailure(errors, job.errorCtx.command);
    report(error, job.errorCtx);
    return error;
  }

  /** The decision a Before handler returned (undefined: none), or why it is not one. */
  function decisionOf(result: Settled, command: LiveBeforeCommand): Result<LiveDecision | undefined, Error> {
    if (!result.success) return { success: false, error: result.error instanceof Error ? result.error : new Error(String(result.error)) };
    if (result.output === undefined) return { success: true, output: undefined };
    const allowed: readonly string[] = LIVE_CALLBACK_TABLE[command].decisions;
    if (isLiveDecision(result.output) && allowed.includes(result.output.kind)) return { success: true, output: result.output };
    const expected = allowed.map((kind) => `${kind}()`).join(', ');
    return {
      success: false,
      error: new TypeError(`a ${command} handler returned ${JSON.stringify(result.output)}; return one of ${expected}`),
    };
  }

  /** Handlers that all settled in time: their combined decision, or the fallback when one failed. */
  function decide(
    command: LiveBeforeCommand,
    settled: readonly Settled[],
    deciderCount: number,
    errorCtx: LiveCallbackErrorContext,
  ): LiveCallbackReply {
    const deciderErrors: Error[] = [];
    const decisions: LiveDecision[] = [];
    for (const result of settled.slice(0, deciderCount)) {
      const decision = decisionOf(result, command);
      if (!decision.success) deciderErrors.push(decision.error);
      else if (decision.output !== undefined) decisions.push(decision.output);
    }
    // onAny handlers observe: their failures are reported but decide nothing.
    reportFailures([...deciderErrors, ...failures(settled.slice(deciderCount))], errorCtx);
    return deciderErrors.length > 0
      ? fallbackReply(settings.fallbackFor(command), 'handler_failed')
      : decisionReply(combineDecisions(decisions));
  }

  /** Before callbacks: the deciders' combined decision is the reply; trouble answers the command's fallback. */
  function runBefore(command: LiveBeforeCommand, deciderCount: number, job: Job): MaybePromise<LiveCallbackReply> {
    if (job.handlers.length === 0) return okReply();
    const outcome = runWithin(job.handlers, job.event, job.ctx, job.budgetMs, () => job.ctx.abort());
    const finish = (done: Awaited<typeof outcome>): LiveCallbackReply => {
      if (done.inTime) return decide(command, done.settled, deciderCount, job.errorCtx);
      const fallback = settings.fallbackFor(command);
      reportLate(job, `answered the fallback (${fallback})`);
      void done.late.then((settled) => reportFailures(failures(settled), job.errorCtx));
      return fallbackReply(fallback, 'deadline_exceeded');
    };
    return outcome instanceof Promise ? outcome.then(finish) : finish(outcome);
  }

  return { runAfter, runBefore, runQueued };
}
