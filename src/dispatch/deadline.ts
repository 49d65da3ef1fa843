import type { Result } from '../errors.js';

/** A value now, or later. The dispatcher awaits only what really is a promise. */
export type MaybePromise<T> = T | Promise<T>;

/** What became of one handler call: its return value, or what it threw. */
export type Settled = Result<unknown, unknown>;

/** The outcome of running handlers: all settled in time, or still running at the deadline. */
export type Outcome = { inTime: true; settled: Settled[] } | { inTime: false; late: Promise<Settled[]> };

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * Calls every handler and waits for them up to `deadlineMs`. Synchronous handlers settle at once
 * and cost no timer (the common case stays cheap). When time runs out the caller replies without
 * them (after `onLate`, which aborts their signal); `late` still settles with every outcome so
 * failures can be reported afterwards. Never rejects.
 */
export function runWithin(
  handlers: readonly ((event: unknown, ctx: unknown) => unknown)[],
  event: unknown,
  ctx: unknown,
  deadlineMs: number,
  onLate: () => void,
): Outcome | Promise<Outcome> {
  // A plain loop, not map/some: this runs on every callback and allocates only the results.
  const results: (Settled | PromiseLike<unknown>)[] = new Array(handlers.length);
  let pending = false;
  for (let i = 0; i < handlers.length; i++) {
    try {
      const value = (handlers[i] as (event: unknown, ctx: unknown) => unknown)(event, ctx);
      if (isThenable(value)) {
        pending = true;
        results[i] = value;
      } else {
        results[i] = { success: true, output: value };
      }
    } catch (error) {
      results[i] = { success: false, error };
    }
  }
  if (!pending) return { inTime: true, settled: results as Settled[] };

  const all: Promise<Settled[]> = Promise.all(
    results.map((result) =>
      isThenable(result)
        ? Promise.resolve(result).then(
            (output): Settled => ({ success: true, output }),
            (error: unknown): Settled => ({ success: false, error }),
          )
        : result,
    ),
  );
  return raceDeadline(
    all.then((settled): Outcome => ({ inTime: true, settled })),
    deadlineMs,
    (): Outcome => {
      onLate();
      return { inTime: false, late: all };
    },
  );
}

/** `promise`'s value, or `late()` if it is not there within `ms`. The timer never outlives the race. */
export function raceDeadline<T>(promise: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
