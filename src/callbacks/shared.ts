import * as v from 'valibot';

/*
 * Pieces several callbacks share, defined once. Field docs live on the interfaces; the schemas
 * next to them say how the wire form is checked and normalised.
 */

/** Digits of a JSON integer that `JSON.parse` still holds exactly (Number.MAX_SAFE_INTEGER has 16). */
const exactIntegerMessage = 'account ID is beyond 2^53, so an earlier JSON.parse already rounded it; hand the raw body to this library';

/**
 * A Tencent user ID (UserID). The docs type it String, but several samples carry unquoted 18-digit
 * numbers (647/64423, 647/64425, 647/68261). Numbers come out as their exact decimal string; the
 * body parser keeps the digits of integers longer than 15 digits by reading them from the raw text,
 * so a number that reaches this schema beyond 2^53 was rounded by someone else and is rejected.
 */
export const AccountIdSchema: v.GenericSchema<string | number, string> = v.union(
  // Strings first and on their own: nearly every ID is one, and this path runs a single check.
  [
    v.string(),
    v.pipe(
      v.number(),
      v.check((id: number) => Number.isSafeInteger(id), exactIntegerMessage),
      v.transform(String),
    ),
  ],
  (issue) =>
    issue.issues?.find((inner) => inner.message === exactIntegerMessage)?.message ?? 'expected an account ID (a string, or an integer)',
);

/**
 * A Unix timestamp in milliseconds (`EventTime`, `CallbackTs`). The Chat-derived callbacks send it
 * as a quoted digit string (647/74347, 647/74348); it always comes out as a number.
 */
export const MillisecondsSchema = v.union([
  v.number(),
  v.pipe(v.string(), v.regex(/^\d{1,16}$/, 'expected a timestamp of digits'), v.transform(Number)),
]);

/**
 * A count or code the docs type inconsistently (647/70485 calls `CurRoomCount` a String and
 * `MaxRoomCount` an Array, while the sample sends integers): accepted as a number or a digit
 * string, always a number in the output.
 */
export const LooseIntegerSchema = MillisecondsSchema;

/**
 * The object every callback body is: loose, so fields Tencent adds later are kept on the event,
 * with `CallbackCommand` fixed to the command's canonical name. The entries come as a function and
 * the schema is built on first use (see {@link lazyLooseObject}): importing the library builds none
 * of the 72, and an app that only ever receives Live callbacks never builds the Chat ones.
 */
export function callbackSchema<const TCommand extends string, const TEntries extends v.ObjectEntries>(
  command: TCommand,
  entries: () => TEntries,
): v.LooseObjectSchema<{ CallbackCommand: v.LiteralSchema<TCommand, undefined> } & TEntries, undefined> {
  return lazyLooseObject(() => v.looseObject({ CallbackCommand: v.literal(command), ...entries() }));
}

/**
 * A `v.looseObject` schema whose `entries` and `~run` are made by `build` when first read. Until then
 * it is already a complete looseObject schema as valibot sees it (`kind`, `type`, `expects` ...), so
 * `v.parse`, `v.variant`, `v.pipe` and JSON Schema converters take it as is.
 */
function lazyLooseObject<TEntries extends v.ObjectEntries>(
  build: () => v.LooseObjectSchema<TEntries, undefined>,
): v.LooseObjectSchema<TEntries, undefined> {
  let built: v.LooseObjectSchema<TEntries, undefined> | undefined;
  const schema = () => {
    built ??= build();
    return built;
  };
  const lazy: Omit<v.LooseObjectSchema<TEntries, undefined>, '~types'> = {
    kind: 'schema',
    type: 'loose_object',
    reference: v.looseObject,
    expects: 'Object',
    async: false,
    message: undefined,
    get entries() {
      return schema().entries;
    },
    get '~standard'() {
      return schema()['~standard'];
    },
    '~run'(dataset, config) {
      return schema()['~run'](dataset, config);
    },
  };
  return lazy as v.LooseObjectSchema<TEntries, undefined>;
}

/**
 * A documented set of values that stays open: Tencent may add values, and a new one must not turn a
 * delivered callback into a validation failure. Editors still complete the documented ones.
 */
export type OpenString<T extends string> = T | (string & {});
/** The numeric counterpart of {@link OpenString}. */
export type OpenNumber<T extends number> = T | (number & {});

/** A string field with documented values that stays open to new ones (see {@link OpenString}). */
export function openString<const T extends string>(_documented: readonly T[]): v.GenericSchema<string, OpenString<T>> {
  // Any string passes, so the documented values are for the type only; a pipe here cost a measurable
  // share of every parse (npm run bench).
  return v.string();
}

/** A number field with documented values that stays open to new ones (see {@link OpenNumber}). */
export function openNumber<const T extends number>(_documented: readonly T[]): v.GenericSchema<number, OpenNumber<T>> {
  return v.number();
}

/** How audience members get a mic seat. */
export type TakeSeatMode = OpenString<'None' | 'FreeToTake' | 'ApplyToTake'>;

/**
 * A live room's properties as the room callbacks carry them. Each callback picks the fields its docs
 * or real payloads show, and requires only the few that identify the room (see CONTRIBUTING.md):
 * Tencent leaves out a property it has no value for.
 */
export interface LiveRoomInfo {
  /** Room ID. */
  RoomId: string;
  /** Room name. */
  RoomName: string;
  /** Room type; "Live" for live rooms (the 647 tables say "Meeting", copied from the Conference docs). */
  RoomType: OpenString<'Live'>;
  /** UserID of the room's owner (host). */
  Owner_Account: string;
  /** Most members the room admits. */
  MaxMemberCount: number;
  /** True when nobody in the room may send text messages (room-wide mute). */
  IsMessageDisabled: boolean;
  /** Free-form custom data the app attached to the room. */
  CustomInfo: string;
  /** Whether the room has mic (co-guest) seats. */
  IsSeatEnabled: boolean;
  /** Most mic seats the room has. */
  MaxSeatCount: number;
  /** How audience members get a seat: None (seats off), FreeToTake, ApplyToTake (needs approval). */
  TakeSeatMode: TakeSeatMode;
  /** When the room was created, Unix seconds. */
  CreateTime: number;
  /** Whether the room is publicly listed. */
  IsPublicVisible: boolean;
  /** URL of the cover image. */
  CoverURL: string;
  /** The room's category (tag) IDs. */
  Category: number[];
  /** App-defined activity status tag of the live room. */
  ActivityStatus: number;
  /** How many times users entered the room in total (one user entering N times counts N). */
  ViewCount: number;
  /** URL of the room's background image. */
  BackgroundURL: string;
  /** Whether the high-concurrency ("unlimited") room mode is on. */
  IsUnlimitedRoomEnabled: boolean;
}

/** The schema of every {@link LiveRoomInfo} field; each callback picks the ones it documents. */
const roomInfoEntries = {
  RoomId: v.string(),
  RoomName: v.string(),
  RoomType: openString(['Live']),
  Owner_Account: AccountIdSchema,
  MaxMemberCount: v.number(),
  IsMessageDisabled: v.boolean(),
  CustomInfo: v.string(),
  IsSeatEnabled: v.boolean(),
  MaxSeatCount: v.number(),
  TakeSeatMode: openString(['None', 'FreeToTake', 'ApplyToTake']),
  CreateTime: v.number(),
  IsPublicVisible: v.boolean(),
  CoverURL: v.string(),
  Category: v.array(v.number()),
  ActivityStatus: v.number(),
  ViewCount: v.number(),
  BackgroundURL: v.string(),
  IsUnlimitedRoomEnabled: v.boolean(),
} satisfies { [K in keyof LiveRoomInfo]: v.GenericSchema<unknown, LiveRoomInfo[K]> };

/** The RoomInfo of one callback: the `TRequired` fields always there, the `TOptional` ones maybe. */
export type RoomInfoOf<TRequired extends keyof LiveRoomInfo, TOptional extends keyof LiveRoomInfo = never> = Pick<LiveRoomInfo, TRequired> &
  Partial<Pick<LiveRoomInfo, TOptional>>;

/**
 * The RoomInfo object of one callback: the `required` fields must be there, the `optional` ones may
 * be; any other field Tencent sends is kept. Its output type is exactly the listed fields.
 */
export function roomInfoSchema<const TRequired extends keyof LiveRoomInfo, const TOptional extends keyof LiveRoomInfo = never>(
  required: readonly TRequired[],
  optional: readonly TOptional[] = [],
): v.GenericSchema<unknown, RoomInfoOf<TRequired, TOptional>> {
  const entries: v.ObjectEntries = {};
  for (const key of required) entries[key] = roomInfoEntries[key];
  for (const key of optional) entries[key] = v.exactOptional(roomInfoEntries[key]);
  return v.looseObject(entries) as v.GenericSchema as v.GenericSchema<unknown, RoomInfoOf<TRequired, TOptional>>;
}
