import type * as v from 'valibot';

/*
 * One row of the command table, and the two builders every family's table uses. A row says where a
 * command comes from (its source, and so its token), whether the app decides it (phase, decisions),
 * how its body is checked (schema) and where it is documented. Everything else is derived from the
 * rows: the types, the dispatcher's typing, the fixtures test, the README table.
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

/** Where a command is documented and what it is, for the README and error messages. */
export interface CommandDocs<TAlias extends string = string> {
  /** Tencent doc page, as `product/page` of https://www.tencentcloud.com/document/product/. */
  readonly doc: string;
  /** One line: when Tencent sends it. */
  readonly summary: string;
  /** Other command strings the docs use for the same callback; they are accepted and mapped here. */
  readonly aliases?: readonly TAlias[];
}

/** One row of the table. `TEvent` is carried as a type only (the documented shape of the event). */
export interface CommandSpec<
  TEvent = unknown,
  TPhase extends 'before' | 'after' = 'before' | 'after',
  TDecision extends LiveDecisionKind = LiveDecisionKind,
  TAlias extends string = string,
  TSource extends CallbackSource = CallbackSource,
  TSchema extends v.GenericSchema<unknown, TEvent> = v.GenericSchema<unknown, TEvent>,
> extends CommandDocs<TAlias> {
  readonly source: TSource;
  readonly phase: TPhase;
  /** Checks and normalises the body; its output is the documented event (plus any unknown fields). */
  readonly schema: TSchema;
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
    docs: CommandDocs<TAlias>,
  ): CommandSpec<TEvent, 'after', never, TAlias, TSource, TSchema> => ({
    source,
    phase: 'after',
    schema,
    decisions: [],
    ...docs,
    aliases: docs.aliases ?? [],
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
    docs: CommandDocs<TAlias>,
  ): CommandSpec<TEvent, 'before', TDecision, TAlias, TSource, TSchema> => ({
    source,
    phase: 'before',
    schema,
    decisions,
    ...docs,
    aliases: docs.aliases ?? [],
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
