import * as v from 'valibot';
import type { AnyCommandSpec, CallbackSource } from './catalogue/row.js';
import { ALERT_COMMANDS } from './callbacks/alert/commands.js';
import { BOT_COMMANDS } from './callbacks/bot/commands.js';
import { C2C_COMMANDS } from './callbacks/c2c/commands.js';
import { CHATBOT_COMMANDS } from './callbacks/chatbot/commands.js';
import { CONTENT_COMMANDS } from './callbacks/content/commands.js';
import { FOLLOW_COMMANDS } from './callbacks/follow/commands.js';
import { GROUP_COMMANDS } from './callbacks/group/commands.js';
import { LIVE_COMMANDS } from './callbacks/live/commands.js';
import { MIC_COMMANDS } from './callbacks/mic/commands.js';
import { OFFICIAL_ACCOUNT_COMMANDS } from './callbacks/official-account/commands.js';
import { PUSH_COMMANDS } from './callbacks/push/commands.js';
import { PROFILE_COMMANDS } from './callbacks/profile/commands.js';
import { SNS_COMMANDS } from './callbacks/sns/commands.js';
import { STATE_COMMANDS } from './callbacks/state/commands.js';

export type { AnyCommandSpec, CallbackSource, CommandSpec, LiveDecisionKind } from './catalogue/row.js';

/**
 * The catalogue: every callback command Tencent sends a live app, Live and Chat, with its source,
 * phase, schema and the other spellings Tencent's docs use for it. Each family keeps its rows next
 * to its callback files (src/callbacks/<family>/commands.ts); this table is their union, and
 * everything else is derived from it: the `LiveCallback` union, `LIVE_CALLBACK_COMMANDS`,
 * `LiveCallbackSchema`, the dispatcher's typing, the fixtures test and (with the doc page and summary
 * of each command, `LIVE_CALLBACK_DOCS` from `tencent-live-webhooks/catalogue`) the README's table.
 * Adding a command is one callback file, one row, its texts and its fixtures.
 */
export const LIVE_CALLBACK_TABLE = /* @__PURE__ */ Object.freeze({
  ...LIVE_COMMANDS,
  ...MIC_COMMANDS,
  ...GROUP_COMMANDS,
  ...FOLLOW_COMMANDS,
  ...C2C_COMMANDS,
  ...SNS_COMMANDS,
  ...PROFILE_COMMANDS,
  ...STATE_COMMANDS,
  ...ALERT_COMMANDS,
  ...BOT_COMMANDS,
  ...CHATBOT_COMMANDS,
  ...CONTENT_COMMANDS,
  ...OFFICIAL_ACCOUNT_COMMANDS,
  ...PUSH_COMMANDS,
});

type Table = typeof LIVE_CALLBACK_TABLE;

/** Every canonical command string this version knows. */
export type LiveCallbackCommand = keyof Table;

/** The documented event of one command. */
type EventOf<TSpec> = TSpec extends { readonly __event?: infer TEvent } ? Exclude<TEvent, undefined> : never;

/** Any callback this version knows, discriminated on `CallbackCommand`. */
export type LiveCallback = { [C in LiveCallbackCommand]: EventOf<Table[C]> }[LiveCallbackCommand];

/** The event type of one command: `LiveCallbackOf<'Live.CallbackAfterModifyAdmin'>`. */
export type LiveCallbackOf<C extends LiveCallbackCommand> = Extract<LiveCallback, { CallbackCommand: C }>;

/** Commands whose reply carries the app's decision. */
export type LiveBeforeCommand = { [C in LiveCallbackCommand]: Table[C]['phase'] extends 'before' ? C : never }[LiveCallbackCommand];

/** Commands whose reply only acknowledges the event. */
export type LiveAfterCommand = Exclude<LiveCallbackCommand, LiveBeforeCommand>;

/** The source (Live or Chat callback URL) a command arrives from. */
export type LiveCallbackSourceOf<C extends LiveCallbackCommand> = Table[C]['source'];

/** The commands of one source. */
export type LiveCallbackCommandOf<S extends CallbackSource> = {
  [C in LiveCallbackCommand]: Table[C]['source'] extends S ? C : never;
}[LiveCallbackCommand];

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

/** Every command string Tencent may send (canonical names and aliases) -> its canonical command; built on first use. */
let commandIndex: ReadonlyMap<string, LiveCallbackCommand> | undefined;

function buildCommandIndex(): ReadonlyMap<string, LiveCallbackCommand> {
  const index = new Map<string, LiveCallbackCommand>();
  for (const canonical of LIVE_CALLBACK_COMMANDS) {
    index.set(canonical, canonical);
    for (const alias of LIVE_CALLBACK_TABLE[canonical].aliases) index.set(alias, canonical);
  }
  return index;
}

/**
 * The canonical command for a command string Tencent sent: itself when known, the command an alias
 * stands for (`Live.CallbackMemberStateChanged` -> `Live.CallbackAfterMemberStateChanged`), or
 * undefined for a command this version does not know. One Map lookup: this runs on every request,
 * with a string fresh from the body, which a lookup on the 72-key table would first have to intern.
 */
export function resolveLiveCallbackCommand(command: string): LiveCallbackCommand | undefined {
  commandIndex ??= buildCommandIndex();
  return commandIndex.get(command);
}

/**
 * The phase of a canonical command name; undefined for any other string (an alias, a command this
 * version does not know, `constructor`): for names that come from options or from a body.
 */
export function phaseOf(command: string): 'before' | 'after' | undefined {
  return Object.hasOwn(LIVE_CALLBACK_TABLE, command) ? LIVE_CALLBACK_TABLE[command as LiveCallbackCommand].phase : undefined;
}

/**
 * Validates any known callback body, choosing the schema by `CallbackCommand` (canonical names only;
 * `parseLiveCallbackBody` also maps aliases). Output objects keep unknown fields.
 */
export const LiveCallbackSchema: v.GenericSchema<unknown, LiveCallback> = /* @__PURE__ */ v.variant(
  'CallbackCommand',
  Object.values(LIVE_CALLBACK_TABLE as Record<string, AnyCommandSpec>).map((spec) => spec.schema) as unknown as [
    v.LooseObjectSchema<{ CallbackCommand: v.LiteralSchema<string, undefined> }, undefined>,
  ],
) as unknown as v.GenericSchema<unknown, LiveCallback>;

/**
 * The source (callback URL and token) of a command string: its row's, for a known command or alias;
 * for one this version does not know, Live for `Live.*` and `Mic.*`, Chat for everything else (Chat
 * is where Tencent keeps adding commands).
 */
export function callbackSourceOf(command: string): CallbackSource {
  return sourceOfResolved(command, resolveLiveCallbackCommand(command));
}

/** `callbackSourceOf` for a caller that has already resolved the command (`known`: undefined when unknown). */
export function sourceOfResolved(command: string, known: LiveCallbackCommand | undefined): CallbackSource {
  if (known !== undefined) return LIVE_CALLBACK_TABLE[known].source;
  return command.startsWith('Live.') || command.startsWith('Mic.') ? 'live' : 'chat';
}
