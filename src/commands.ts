import * as v from 'valibot';
import { LiveCallbackAfterCreateRoomSchema, type LiveCallbackAfterCreateRoom } from './callbacks/live/after-create-room.js';
import { LiveCallbackAfterDestroyRoomSchema, type LiveCallbackAfterDestroyRoom } from './callbacks/live/after-destroy-room.js';
import { LiveCallbackAfterUpdateRoomInfoSchema, type LiveCallbackAfterUpdateRoomInfo } from './callbacks/live/after-update-room-info.js';
import { LiveCallbackAfterSetMetadataSchema, type LiveCallbackAfterSetMetadata } from './callbacks/live/after-set-metadata.js';
import { LiveCallbackAfterDelMetadataSchema, type LiveCallbackAfterDelMetadata } from './callbacks/live/after-del-metadata.js';
import {
  LiveCallbackAfterCreateRoomReachingThresholdSchema,
  type LiveCallbackAfterCreateRoomReachingThreshold,
} from './callbacks/live/after-create-room-reaching-threshold.js';
import {
  LiveCallbackAfterMemberStateChangedSchema,
  type LiveCallbackAfterMemberStateChanged,
} from './callbacks/live/after-member-state-changed.js';
import { LiveCallbackAfterChangeOwnerSchema, type LiveCallbackAfterChangeOwner } from './callbacks/live/after-change-owner.js';
import { LiveCallbackAfterModifyAdminSchema, type LiveCallbackAfterModifyAdmin } from './callbacks/live/after-modify-admin.js';
import { MicCallbackAfterSeatInfoChangedSchema, type MicCallbackAfterSeatInfoChanged } from './callbacks/mic/after-seat-info-changed.js';
import { LiveCallbackAfterCreateBattleSchema, type LiveCallbackAfterCreateBattle } from './callbacks/live/after-create-battle.js';
import { LiveCallbackAfterStartBattleSchema, type LiveCallbackAfterStartBattle } from './callbacks/live/after-start-battle.js';
import { LiveCallbackAfterEndBattleSchema, type LiveCallbackAfterEndBattle } from './callbacks/live/after-end-battle.js';
import { LiveCallbackBeforeSendGiftSchema, type LiveCallbackBeforeSendGift } from './callbacks/live/before-send-gift.js';
import {
  LiveCallbackAfterCloudRecordingChangedSchema,
  type LiveCallbackAfterCloudRecordingChanged,
} from './callbacks/live/after-cloud-recording-changed.js';
import { GroupCallbackBeforeSendMsgSchema, type GroupCallbackBeforeSendMsg } from './callbacks/group/before-send-msg.js';
import { GroupCallbackAfterSendMsgSchema, type GroupCallbackAfterSendMsg } from './callbacks/group/after-send-msg.js';
import { FollowCallbackAfterFollowAddSchema, type FollowCallbackAfterFollowAdd } from './callbacks/follow/after-follow-add.js';
import { FollowCallbackAfterFollowDeleteSchema, type FollowCallbackAfterFollowDelete } from './callbacks/follow/after-follow-delete.js';

/*
 * The catalogue: every callback command Tencent Cloud Live sends, with its phase, schema and the
 * other spellings Tencent's docs use for it. Everything else is derived from this one table: the
 * `LiveCallback` union, `LIVE_CALLBACK_COMMANDS`, `LiveCallbackSchema`, the dispatcher's typing,
 * the fixtures test and the README's table. Adding a command is one file plus one row.
 */

/** What a Before callback's reply can tell Tencent (see the dispatcher's decision helpers). */
export type LiveDecisionKind = 'allow' | 'reject' | 'drop' | 'replace';

/** Where a command is documented and what it is, for the README and error messages. */
interface CommandDocs<TAlias extends string = string> {
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
> extends CommandDocs<TAlias> {
  readonly phase: TPhase;
  readonly schema: v.LooseObjectSchema<v.ObjectEntries, undefined>;
  readonly aliases: readonly TAlias[];
  /** The decisions a handler may return; empty for After callbacks, whose reply is only OK or FAIL. */
  readonly decisions: readonly TDecision[];
  /** Type-only: never set at run time. */
  readonly __event?: TEvent;
}

type LooseCallbackSchema = v.LooseObjectSchema<v.ObjectEntries, undefined>;

/** A row for a callback Tencent sends after the fact; the reply only acknowledges it. */
function after<TEvent>() {
  return <const TAlias extends string = never>(
    schema: LooseCallbackSchema,
    docs: CommandDocs<TAlias>,
  ): CommandSpec<TEvent, 'after', never, TAlias> => ({
    phase: 'after',
    schema,
    decisions: [],
    ...docs,
    aliases: docs.aliases ?? [],
  });
}

/** A row for a callback that waits for the app's decision before the action happens. */
function before<TEvent>() {
  return <const TDecision extends LiveDecisionKind, const TAlias extends string = never>(
    schema: LooseCallbackSchema,
    decisions: readonly TDecision[],
    docs: CommandDocs<TAlias>,
  ): CommandSpec<TEvent, 'before', TDecision, TAlias> => ({ phase: 'before', schema, decisions, ...docs, aliases: docs.aliases ?? [] });
}

export const LIVE_CALLBACK_TABLE = /* @__PURE__ */ Object.freeze({
  'Live.CallbackAfterCreateRoom': after<LiveCallbackAfterCreateRoom>()(LiveCallbackAfterCreateRoomSchema, {
    doc: '647/64422',
    summary: 'A live room was created.',
  }),
  'Live.CallbackAfterDestroyRoom': after<LiveCallbackAfterDestroyRoom>()(LiveCallbackAfterDestroyRoomSchema, {
    doc: '647/64423',
    summary: 'A live room was dissolved, by a user, an admin or the system.',
  }),
  'Live.CallbackAfterUpdateRoomInfo': after<LiveCallbackAfterUpdateRoomInfo>()(LiveCallbackAfterUpdateRoomInfoSchema, {
    doc: '647/67938',
    summary: 'The properties of a live room changed.',
  }),
  'Live.CallbackAfterSetMetadata': after<LiveCallbackAfterSetMetadata>()(LiveCallbackAfterSetMetadataSchema, {
    doc: '647/68222',
    summary: 'Room metadata keys were set.',
  }),
  'Live.CallbackAfterDelMetadata': after<LiveCallbackAfterDelMetadata>()(LiveCallbackAfterDelMetadataSchema, {
    doc: '647/68223',
    summary: 'Room metadata keys were deleted.',
  }),
  'Live.CallbackAfterCreateRoomReachingThreshold': after<LiveCallbackAfterCreateRoomReachingThreshold>()(
    LiveCallbackAfterCreateRoomReachingThresholdSchema,
    {
      doc: '647/70485',
      summary: 'The number of live rooms neared the limit of the plan.',
    },
  ),
  'Live.CallbackAfterMemberStateChanged': after<LiveCallbackAfterMemberStateChanged>()(LiveCallbackAfterMemberStateChangedSchema, {
    doc: '647/64424',
    summary: 'Members entered or left a live room.',
    aliases: ['Live.CallbackMemberStateChanged'],
  }),
  'Live.CallbackAfterChangeOwner': after<LiveCallbackAfterChangeOwner>()(LiveCallbackAfterChangeOwnerSchema, {
    doc: '647/72553',
    summary: 'The owner of a live room changed.',
  }),
  'Live.CallbackAfterModifyAdmin': after<LiveCallbackAfterModifyAdmin>()(LiveCallbackAfterModifyAdminSchema, {
    doc: '647/72554',
    summary: 'Room administrators were added or removed.',
  }),
  'Mic.CallbackAfterSeatInfoChanged': after<MicCallbackAfterSeatInfoChanged>()(MicCallbackAfterSeatInfoChangedSchema, {
    doc: '647/64425',
    summary: 'The mic seat list of a room changed.',
  }),
  'Live.CallbackAfterCreateBattle': after<LiveCallbackAfterCreateBattle>()(LiveCallbackAfterCreateBattleSchema, {
    doc: '647/68259',
    summary: 'A host-versus-host battle was created.',
  }),
  'Live.CallbackAfterStartBattle': after<LiveCallbackAfterStartBattle>()(LiveCallbackAfterStartBattleSchema, {
    doc: '647/68260',
    summary: 'A battle started.',
  }),
  'Live.CallbackAfterEndBattle': after<LiveCallbackAfterEndBattle>()(LiveCallbackAfterEndBattleSchema, {
    doc: '647/68261',
    summary: 'A battle ended.',
  }),
  'Live.CallbackBeforeSendGift': before<LiveCallbackBeforeSendGift>()(LiveCallbackBeforeSendGiftSchema, ['allow', 'reject'], {
    doc: '647/72210',
    summary: 'A gift is about to be sent; the reply allows or rejects it.',
  }),
  'Live.CallbackAfterCloudRecordingChanged': after<LiveCallbackAfterCloudRecordingChanged>()(LiveCallbackAfterCloudRecordingChangedSchema, {
    doc: '647/78428',
    summary: 'The cloud recording of a room changed state.',
    aliases: ['Follow.CallbackAfterCloudRecordingChanged'],
  }),
  'Group.CallbackBeforeSendMsg': before<GroupCallbackBeforeSendMsg>()(
    GroupCallbackBeforeSendMsgSchema,
    ['allow', 'reject', 'drop', 'replace'],
    {
      doc: '647/74347',
      summary: 'A room message is about to be sent; the reply allows, rejects, drops or rewrites it.',
    },
  ),
  'Group.CallbackAfterSendMsg': after<GroupCallbackAfterSendMsg>()(GroupCallbackAfterSendMsgSchema, {
    doc: '647/74348',
    summary: 'A room message was sent.',
  }),
  'Follow.CallbackAfterFollowAdd': after<FollowCallbackAfterFollowAdd>()(FollowCallbackAfterFollowAddSchema, {
    doc: '647/74356',
    summary: 'Users followed other users.',
  }),
  'Follow.CallbackAfterFollowDelete': after<FollowCallbackAfterFollowDelete>()(FollowCallbackAfterFollowDeleteSchema, {
    doc: '647/74357',
    summary: 'Users unfollowed other users.',
  }),
});

type Table = typeof LIVE_CALLBACK_TABLE;

/** Every canonical command string this version knows. */
export type LiveCallbackCommand = keyof Table;

/** The documented event of one command. */
type EventOf<TSpec> = TSpec extends CommandSpec<infer TEvent, 'before' | 'after', LiveDecisionKind, string> ? TEvent : never;

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
  Object.values(LIVE_CALLBACK_TABLE).map((spec) => spec.schema) as unknown as [
    v.LooseObjectSchema<{ CallbackCommand: v.LiteralSchema<string, undefined> }, undefined>,
  ],
) as unknown as v.GenericSchema<unknown, LiveCallback>;
