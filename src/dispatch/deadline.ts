/** What became of one handler call. */
export type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/** The outcome of running handlers: all settled in time, or still running at the deadline. */
export type Outcome = { inTime: true; settled: Settled[] } | { inTime: false; late: Promise<Settled[]> };

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Calls every handler and waits for them up to `deadlineMs`. Synchronous handlers settle at once
 * and cost no timer (the common case stays cheap). When time runs out the caller replies without
 * them; `late` still settles with every outcome so failures can be reported afterwards. Never rejects.
 */
export function runWithin(calls: readonly (() => unknown)[], deadlineMs: number): Outcome | Promise<Outcome> {
  const results: (Settled | PromiseLike<unknown>)[] = calls.map((call) => {
    try {
      const value = call();
      return isThenable(value) ? value : { ok: true, value };
    } catch (error) {
      return { ok: false, error };
    }
  });
  if (!results.some(isThenable)) return { inTime: true, settled: results as Settled[] };

  const all: Promise<Settled[]> = Promise.all(
    results.map((result) =>
      isThenable(result)
        ? Promise.resolve(result).then(
            (value): Settled => ({ ok: true, value }),
            (error: unknown): Settled => ({ ok: false, error }),
          )
        : result,
    ),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ inTime: false, late: all }), deadlineMs);
  });
  return Promise.race([all.then((settled): Outcome => ({ inTime: true, settled })), timeout]).finally(() => clearTimeout(timer));
}
