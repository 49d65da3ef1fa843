import type * as v from 'valibot';

/*
 * One row of the command table, and the two builders every family's table uses. A row says where a
 * command comes from (its source, and so its token), whether the app decides it (phase, decisions),
 * how its body is checked (schema) and which other names Tencent uses for it (aliases). Everything
 * else is derived from the rows: the types, the dispatcher's typing, the fixtures test. Where a
 * command is documented, and its one-line summary, live beside the rows in each family's docs.ts:
 * only the README, the schemas and the CLI read them, so they stay out of the core bundle.
 */

/** Which Tencent callback URL (and token) a command arrives on. */
export type CallbackSource = 'live' | 'chat';

/**
 * What a Before callback's reply can tell Tencent. Each Before row lists the kinds its command
 * supports; a handler returning another kind is a compile error.
 */
export type LiveDecisionKind =
  | 'allow'
  | 'reject'
  | 'drop'
  | 'replace'
  | 'refuseMembers'
  | 'refuseSubscribers'
  | 'answerFriends'
  | 'respond';

/** The optional last argument of `after()` and `before()`, for a command Tencent's docs also spell otherwise. */
interface RowOptions<TAlias extends string> {
  /** Other command strings the docs use for the same callback; they are accepted and mapped here. */
  readonly aliases: readonly TAlias[];
}

/** One row of the table. `TEvent` is carried as a type only (the documented shape of the event). */
export interface CommandSpec<
  TEvent = unknown,
  TPhase extends 'before' | 'after' = 'before' | 'after',
  TDecision extends LiveDecisionKind = LiveDecisionKind,
  TAlias extends string = string,
  TSource extends CallbackSource = CallbackSource,
  TSchema extends v.GenericSchema<unknown, TEvent> = v.GenericSchema<unknown, TEvent>,
> {
  readonly source: TSource;
  readonly phase: TPhase;
  /** Checks and normalises the body; its output is the documented event (plus any unknown fields). */
  readonly schema: TSchema;
  /** Other command strings the docs use for the same callback; they are accepted and mapped here. */
  readonly aliases: readonly TAlias[];
  /** The decisions a handler may return; empty for After callbacks, whose reply is only OK or FAIL. */
  readonly decisions: readonly TDecision[];
  /** Type-only: never set at run time. */
  readonly __event?: TEvent;
}

/** Any row, whatever its generics. */
// biome-ignore lint/suspicious/noExplicitAny: the widest row type, so any row of any family fits
export type AnyCommandSpec = CommandSpec<any, 'before' | 'after', LiveDecisionKind, string, CallbackSource, v.GenericSchema>;

/** A row for a callback Tencent sends after the fact; the reply only acknowledges it. */
export function after<TEvent>() {
  return <const TSource extends CallbackSource, TSchema extends v.GenericSchema<unknown, TEvent>, const TAlias extends string = never>(
    source: TSource,
    schema: TSchema,
    options?: RowOptions<TAlias>,
  ): CommandSpec<TEvent, 'after', never, TAlias, TSource, TSchema> => ({
    source,
    phase: 'after',
    schema,
    decisions: [],
    aliases: options?.aliases ?? [],
  });
}

/** A row for a callback that waits for the app's decision before the action happens. */
export function before<TEvent>() {
  return <
    const TSource extends CallbackSource,
    TSchema extends v.GenericSchema<unknown, TEvent>,
    const TDecision extends LiveDecisionKind,
    const TAlias extends string = never,
  >(
    source: TSource,
    schema: TSchema,
    decisions: readonly TDecision[],
    options?: RowOptions<TAlias>,
  ): CommandSpec<TEvent, 'before', TDecision, TAlias, TSource, TSchema> => ({
    source,
    phase: 'before',
    schema,
    decisions,
    aliases: options?.aliases ?? [],
  });
}

/**
 * A family's rows, checked: each key must be the `CallbackCommand` of its row's event, so a row
 * filed under the wrong command is a compile error.
 */
export function rows<const T extends Record<string, AnyCommandSpec>>(
  table: T & {
    [K in keyof T]: T[K] extends CommandSpec<infer E, infer _P, infer _D, infer _A, infer _S>
      ? E extends { CallbackCommand: K }
        ? T[K]
        : never
      : never;
  },
): T {
  return table;
}
