import * as v from 'valibot';
import { LiveCallbackAfterCreateRoomSchema, type LiveCallbackAfterCreateRoom } from './callbacks/live/after-create-room.js';
import { LiveCallbackAfterModifyAdminSchema, type LiveCallbackAfterModifyAdmin } from './callbacks/live/after-modify-admin.js';

/*
 * The catalogue: every callback command Tencent Cloud Live sends, with its phase, schema and the
 * other spellings Tencent's docs use for it. Everything else is derived from this one table: the
 * `LiveCallback` union, `LIVE_CALLBACK_COMMANDS`, `LiveCallbackSchema`, the dispatcher's typing,
 * the fixtures test and the README's table. Adding a command is one file plus one row.
 */

/** What a Before callback's reply can tell Tencent (see the dispatcher's decision helpers). */
export type LiveDecisionKind = 'allow' | 'reject' | 'drop' | 'replace';

/** Where a command is documented and what it is, for the README and error messages. */
interface CommandDocs {
  /** Tencent doc page, as `product/page` of https://www.tencentcloud.com/document/product/. */
  readonly doc: string;
  /** One line: when Tencent sends it. */
  readonly summary: string;
  /** Other command strings the docs use for the same callback; they are accepted and mapped here. */
  readonly aliases?: readonly string[];
}

/** One row of the table. `TEvent` is carried as a type only (the documented shape of the event). */
export interface CommandSpec<TEvent = unknown, TPhase extends 'before' | 'after' = 'before' | 'after', TDecision extends LiveDecisionKind = LiveDecisionKind>
  extends CommandDocs {
  readonly phase: TPhase;
  readonly schema: v.LooseObjectSchema<v.ObjectEntries, undefined>;
  readonly aliases: readonly string[];
  /** The decisions a handler may return; empty for After callbacks, whose reply is only OK or FAIL. */
  readonly decisions: readonly TDecision[];
  /** Type-only: never set at run time. */
  readonly __event?: TEvent;
}

type LooseCallbackSchema = v.LooseObjectSchema<v.ObjectEntries, undefined>;

/** A row for a callback Tencent sends after the fact; the reply only acknowledges it. */
function after<TEvent>() {
  return (schema: LooseCallbackSchema, docs: CommandDocs): CommandSpec<TEvent, 'after', never> => ({
    phase: 'after',
    schema,
    decisions: [],
    ...docs,
    aliases: docs.aliases ?? [],
  });
}

/** A row for a callback that waits for the app's decision before the action happens. */
function before<TEvent>() {
  return <const TDecision extends LiveDecisionKind>(
    schema: LooseCallbackSchema,
    decisions: readonly TDecision[],
    docs: CommandDocs,
  ): CommandSpec<TEvent, 'before', TDecision> => ({ phase: 'before', schema, decisions, ...docs, aliases: docs.aliases ?? [] });
}

export const LIVE_CALLBACK_TABLE = /* @__PURE__ */ Object.freeze({
  'Live.CallbackAfterCreateRoom': after<LiveCallbackAfterCreateRoom>()(LiveCallbackAfterCreateRoomSchema, {
    doc: '647/64422',
    summary: 'A live room was created.',
  }),
  'Live.CallbackAfterModifyAdmin': after<LiveCallbackAfterModifyAdmin>()(LiveCallbackAfterModifyAdminSchema, {
    doc: '647/72554',
    summary: 'Room administrators were added or removed.',
  }),
});

type Table = typeof LIVE_CALLBACK_TABLE;

/** Every canonical command string this version knows. */
export type LiveCallbackCommand = keyof Table;

/** The documented event of one command. */
type EventOf<TSpec> = TSpec extends CommandSpec<infer TEvent, 'before' | 'after', LiveDecisionKind> ? TEvent : never;

/** Any callback this version knows, discriminated on `CallbackCommand`. */
export type LiveCallback = { [C in LiveCallbackCommand]: EventOf<Table[C]> }[LiveCallbackCommand];

/** The event type of one command: `LiveCallbackOf<'Live.CallbackAfterModifyAdmin'>`. */
export type LiveCallbackOf<C extends LiveCallbackCommand> = Extract<LiveCallback, { CallbackCommand: C }>;

/** Commands whose reply carries the app's decision. */
export type LiveBeforeCommand = { [C in LiveCallbackCommand]: Table[C]['phase'] extends 'before' ? C : never }[LiveCallbackCommand];

/** Commands whose reply only acknowledges the event. */
export type LiveAfterCommand = Exclude<LiveCallbackCommand, LiveBeforeCommand>;

/** The decision kinds a Before command accepts. */
export type LiveDecisionKindOf<C extends LiveCallbackCommand> = Table[C]['decisions'][number];

/** Every documented alias, with the canonical command it stands for. */
export type LiveCallbackAliasMap = {
  [C in LiveCallbackCommand as Table[C]['aliases'][number]]: C;
};

/** Every known command, once, in the order of the catalogue. */
export const LIVE_CALLBACK_COMMANDS: readonly LiveCallbackCommand[] = /* @__PURE__ */ Object.freeze(
  Object.keys(LIVE_CALLBACK_TABLE) as LiveCallbackCommand[],
);

let aliasIndex: ReadonlyMap<string, LiveCallbackCommand> | undefined;

/**
 * The canonical command for a command string Tencent sent: itself when known, the command an alias
 * stands for (`Live.CallbackMemberStateChanged` -> `Live.CallbackAfterMemberStateChanged`), or
 * undefined for a command this version does not know.
 */
export function resolveLiveCallbackCommand(command: string): LiveCallbackCommand | undefined {
  if (Object.hasOwn(LIVE_CALLBACK_TABLE, command)) return command as LiveCallbackCommand;
  aliasIndex ??= new Map(
    LIVE_CALLBACK_COMMANDS.flatMap((canonical) => LIVE_CALLBACK_TABLE[canonical].aliases.map((alias) => [alias, canonical] as const)),
  );
  return aliasIndex.get(command);
}

/**
 * Validates any known callback body, choosing the schema by `CallbackCommand` (canonical names only;
 * `parseLiveCallbackBody` also maps aliases). Output objects keep unknown fields.
 */
export const LiveCallbackSchema: v.GenericSchema<unknown, LiveCallback> = /* @__PURE__ */ v.variant(
  'CallbackCommand',
  Object.values(LIVE_CALLBACK_TABLE).map((spec) => spec.schema) as unknown as [v.LooseObjectSchema<{ CallbackCommand: v.LiteralSchema<string, undefined> }, undefined>],
) as unknown as v.GenericSchema<unknown, LiveCallback>;
