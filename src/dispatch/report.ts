import type { LiveCallbackError } from '../errors.js';
import { LiveCallbackError as CallbackError } from '../errors.js';
import type { AnyHandler } from './registry.js';
import type { LiveCallbackErrorContext } from './types.js';

/** Tells `onError` (or, with none registered, console.error) about an error. */
export type Report = (error: LiveCallbackError, ctx: LiveCallbackErrorContext) => void;

/** A reporter over the dispatcher's onError list; a failing onError handler cannot break the reply. */
export function createReporter(onError: readonly AnyHandler[]): Report {
  return (error, ctx) => {
    if (onError.length === 0) {
      console.error(error);
      return;
    }
    for (const handler of onError) {
      try {
        const result = handler(error, ctx);
        if (result instanceof Promise) result.catch((thrown: unknown) => console.error(thrown));
      } catch (thrown) {
        console.error(thrown);
      }
    }
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Handler failures as one `handler_failed` error: the first failure's message is in its message (so
 * `console.warn(error.message)` shows what broke), every failure in `cause.errors`.
 */
export function handlerFailure(errors: readonly unknown[], command: string | undefined): LiveCallbackError {
  const cause = new AggregateError(errors, `${errors.length} handler(s) failed for ${command ?? 'a callback'}`);
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; all in error.cause.errors)` : ' (in error.cause.errors)';
  return new CallbackError('handler_failed', `${cause.message}: ${messageOf(errors[0])}${more}`, { cause });
}
