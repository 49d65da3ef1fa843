import * as v from 'valibot';

/*
 * The push callbacks arrive in batches: the POSTed body is `{"Events": [ ... ]}` with 1-100 events,
 * each naming its own `CallbackCommand` (there is none at the top level, and the query's
 * CallbackCommand names the batch). Each event is validated by its own command's schema.
 */

/** A push batch as Tencent POSTs it: each event's command, the rest of each event kept as sent. */
export const PushCallbackBatchSchema = v.looseObject({
  Events: v.pipe(v.array(v.looseObject({ CallbackCommand: v.string() })), v.minLength(1, 'a push batch holds at least one event')),
});

/** A push batch envelope (see {@link PushCallbackBatchSchema}). */
export type PushCallbackBatch = v.InferOutput<typeof PushCallbackBatchSchema>;

/**
 * True for a batch envelope: a JSON object whose `Events` is an array and that names no command of its
 * own (a body with a string `CallbackCommand` is a single event, whatever else it carries). It says
 * nothing of the events; validate each with its own command's schema.
 */
export function isPushBatch(body: unknown): body is { Events: unknown[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { Events, CallbackCommand } = body as { Events?: unknown; CallbackCommand?: unknown };
  return Array.isArray(Events) && typeof CallbackCommand !== 'string';
}
