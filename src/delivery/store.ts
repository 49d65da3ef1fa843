import type { MaybePromise } from '../dispatch/deadline.js';
/*
 * Where the dispatcher remembers which events it has handled. A store only claims keys; what a
 * claim means (run the handlers, answer a duplicate OK, ask a concurrent redelivery to come back)
 * is the dispatcher's business (src/dispatch/deliver.ts), so a store for another engine is a few
 * lines: one atomic "set if absent" and two follow-ups.
 */

/**
 * The answer to a claim:
 * - `claimed`: the key was free and is now held by this run; call `complete()` once the event was
 *   handled, or `release()` when it failed, so a retry runs it again;
 * - `done`: an earlier delivery of the event was handled;
 * - `running`: another delivery of the event holds the key and has not finished.
 */
export type DeliveryClaim =
  | {
      readonly state: 'claimed';
      /** The event was handled: keep the key, so a redelivery is answered as a duplicate. */
      complete(): MaybePromise<void>;
      /** The handlers failed: free the key, so Tencent's retry runs them again. */
      release(): MaybePromise<void>;
    }
  | { readonly state: 'done' }
  | { readonly state: 'running' };

/** Remembers handled deliveries. `memoryDeliveryStore()` for one process; `redisDeliveryStore()` (`tencent-live-webhooks/redis`) for several. */
export interface DeliveryStore {
  /**
   * Atomically takes `key` if nobody holds it. A claim that is never completed nor released (the
   * process died) must expire on its own, so the event's retry can run.
   */
  claim(key: string): MaybePromise<DeliveryClaim>;
}

/** How long keys are kept, shared by the stores. */
export interface DeliveryStoreTimes {
  /** How long a handled key is remembered, in seconds. Default 86 400 (one day). */
  ttlSeconds?: number;
  /**
   * How long a claim lives when its run neither completes nor releases it (the process died), in
   * seconds. A retry arriving meanwhile is asked to come back (409). Default 60: far beyond the
   * reply deadline, short next to the time a retry takes.
   */
  claimTtlSeconds?: number;
}

export interface MemoryDeliveryStoreOptions extends DeliveryStoreTimes {
  /** The most keys kept; beyond it the oldest is forgotten first. Default 100 000. */
  max?: number;
  /** The clock, Unix milliseconds. Tests pass their own. */
  now?: () => number;
}

/** Checks a duration or count option; a typo (NaN, a string from an unset variable) must not turn dedupe off quietly. */
export function positiveOption(value: unknown, name: string, fallback: number, where: string): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new TypeError(`[tencent-live-webhooks] ${where}: ${name} must be a positive number, got ${String(value)}`);
}

interface Entry {
  done: boolean;
  expiresAt: number;
  /** Which claim wrote the entry: a late complete() or release() must not touch a newer one. */
  owner: object;
}

/**
 * Deliveries remembered in this process: enough for a single instance (and for tests). Bounded by
 * `max` (oldest first out) and by time. Several instances need a shared store (`redisDeliveryStore`).
 *
 * @example
 * ```ts
 * const live = createLiveCallbacks({ sdkAppId, token, dedupe: memoryDeliveryStore({ ttlSeconds: 3600 }) });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function memoryDeliveryStore(options: MemoryDeliveryStoreOptions = {}): DeliveryStore {
  const where = 'memoryDeliveryStore()';
  const ttlMs = positiveOption(options.ttlSeconds, 'ttlSeconds', 86_400, where) * 1000;
  const claimMs = positiveOption(options.claimTtlSeconds, 'claimTtlSeconds', 60, where) * 1000;
  const max = Math.floor(positiveOption(options.max, 'max', 100_000, where));
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, and every write re-inserts: the first key is the oldest.
  const entries = new Map<string, Entry>();

  function write(key: string, entry: Entry): void {
    entries.delete(key);
    while (entries.size >= max) entries.delete(entries.keys().next().value as string);
    entries.set(key, entry);
  }

  return {
    claim(key) {
      const at = now();
      const entry = entries.get(key);
      if (entry !== undefined && entry.expiresAt > at) return entry.done ? { state: 'done' } : { state: 'running' };
      const owner = {};
      write(key, { done: false, expiresAt: at + claimMs, owner });
      return {
        state: 'claimed',
        complete() {
          // Even when the claim expired and another run took the key meanwhile: this event was handled.
          write(key, { done: true, expiresAt: now() + ttlMs, owner });
        },
        release() {
          if (entries.get(key)?.owner === owner) entries.delete(key);
        },
      };
    },
  };
}
