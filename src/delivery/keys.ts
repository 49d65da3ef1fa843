import {
  LIVE_CALLBACK_TABLE,
  resolveLiveCallbackCommand,
  type LiveAfterCommand,
  type LiveCallback,
  type LiveCallbackOf,
} from '../commands.js';
import { canonicalJson, digest } from './hash.js';

/*
 * Delivery keys: one string per Tencent event, the same on every retry of it, different for
 * different events. No callback carries a delivery id, so the key is made from the fields that
 * identify the event, never from what changes per send (the query's RequestTime and Sign, the
 * recording callback's CallbackTs). One rule per command, in the map below, next to the command
 * table; a command without a rule gets the default, a digest of its whole body (canonical JSON:
 * keys sorted, so a re-ordered retry gives the same key), as long as the body has an EventTime.
 *
 * Events whose payload can repeat exactly (a seat list going A, B, A; a friend added, removed and
 * added again) need their timestamp to be told apart from a retry; where it is missing there is no
 * key and the event is not deduplicated: running a retry twice is better than dropping a real event.
 */

/** A part of a key: a field's value. Strings and numbers are written as they are, lists and objects as a digest. */
type KeyPart = string | number | boolean | object;

/**
 * Joins a rule's parts with `/`. Strings are percent-encoded, so a part never contains `/` or `:`
 * (the key stays unambiguous, and usable as a BullMQ job id); lists and objects become a digest of
 * their canonical JSON, so a key stays short however many members an event lists.
 */
function key(...parts: KeyPart[]): string {
  return parts.map((part) => (typeof part === 'object' ? digest(canonicalJson(part)) : encodeURIComponent(String(part)))).join('/');
}

/** The rule for one command: the identifying part of its key, or undefined when the event cannot be told apart from a repeat. */
export type DeliveryKeyRule<C extends LiveAfterCommand> = (event: LiveCallbackOf<C>) => string | undefined;

/**
 * One rule per After command. A rule names what identifies the event: the room or group, the
 * event's own time (`EventTime`, ms) and what changed. Commands left out get the default (a digest
 * of the body). Before callbacks have no key: each must be decided again.
 */
export const DELIVERY_KEY_RULES: { readonly [C in LiveAfterCommand]?: DeliveryKeyRule<C> } = {
  // A room id can be reused once the room is gone, so the creation time is part of the key;
  // EventTime is in the table but not the sample, RoomInfo.CreateTime (seconds) stands in for it.
  'Live.CallbackAfterCreateRoom': (event) => {
    const at = event.EventTime ?? event.RoomInfo.CreateTime;
    return at === undefined ? undefined : key(event.RoomInfo.RoomId, at);
  },
  // A room is dissolved once.
  'Live.CallbackAfterDestroyRoom': (event) => key(event.RoomId, event.EventTime),
  // What changed is the RoomInfo the update carries.
  'Live.CallbackAfterUpdateRoomInfo': (event) => key(event.RoomInfo.RoomId, event.EventTime, event.RoomInfo),
  'Live.CallbackAfterSetMetadata': (event) => key(event.RoomId, event.EventTime, event.Metadata),
  'Live.CallbackAfterDelMetadata': (event) => key(event.RoomId, event.EventTime, event.Keys),
  'Live.CallbackAfterCreateRoomReachingThreshold': (event) => key(event.Operator_Account, event.EventTime),
  // Several batches of members can enter one room in the same millisecond.
  'Live.CallbackAfterMemberStateChanged': (event) => key(event.RoomId, event.EventTime, event.EventType, event.MemberList),
  'Live.CallbackAfterChangeOwner': (event) => key(event.RoomId, event.EventTime, event.CurrentOwner_Account),
  'Live.CallbackAfterModifyAdmin': (event) => key(event.RoomId, event.EventTime, event.opType, event.Admin_Account),
  // A battle is created, started and ended once: its id is the key.
  'Live.CallbackAfterCreateBattle': (event) => key(event.BattleId),
  'Live.CallbackAfterStartBattle': (event) => key(event.BattleId),
  'Live.CallbackAfterEndBattle': (event) => key(event.BattleId),
  // CallbackTs is when the request was sent (it changes on a retry); EventInfo holds the room, the
  // task, the user and the event's own time.
  'Live.CallbackAfterCloudRecordingChanged': (event) => key(event.EventGroupId, event.EventType, event.EventInfo),
  // The seat list is a snapshot: without its EventTime, a state seen again (A, B, A) looks like a retry.
  'Mic.CallbackAfterSeatInfoChanged': (event) =>
    event.EventTime === undefined ? undefined : key(event.RoomId, event.EventTime, event.SeatList),
  // MsgSeq numbers a group's messages (1047/34375), a topic's own in a Community group's topics.
  'Group.CallbackAfterSendMsg': (event) => {
    const topic = (event as { TopicId?: unknown }).TopicId;
    return typeof topic === 'string' && topic !== '' ? key(event.GroupId, topic, event.MsgSeq) : key(event.GroupId, event.MsgSeq);
  },
  'Follow.CallbackAfterFollowAdd': (event) => key(event.From_Account, event.EventTime, event.FollowList),
  'Follow.CallbackAfterFollowDelete': (event) => key(event.From_Account, event.EventTime, event.To_Account),
};

const rules = DELIVERY_KEY_RULES as { readonly [command: string]: ((event: LiveCallback) => string | undefined) | undefined };

/** The default for a command without a rule: a digest of the body, if its EventTime makes it one event. */
function bodyKey(event: LiveCallback): string | undefined {
  const time = (event as { EventTime?: unknown }).EventTime;
  return time === undefined || time === null || time === '' ? undefined : `body-${digest(canonicalJson(event))}`;
}

/**
 * The delivery key of an event: `<command>/<what identifies the event>`, equal on every retry of
 * it. Undefined for Before callbacks (never deduplicated: each must be decided again) and for
 * events that cannot be told from a repeat (see `DELIVERY_KEY_RULES`). Commands without a rule get
 * `<command>/body-<digest of the canonical body>` when the body has an `EventTime`, no key otherwise.
 *
 * The dispatcher prefixes the SdkAppid (`1400000000/Live.CallbackAfterDestroyRoom/room_1/1795514400118`),
 * so two apps served by one store never share a key.
 */
export function deliveryKey(event: LiveCallback): string | undefined {
  const command = resolveLiveCallbackCommand(event.CallbackCommand) ?? event.CallbackCommand;
  if ((LIVE_CALLBACK_TABLE as Record<string, { phase: string } | undefined>)[command]?.phase === 'before') return undefined;
  const rule = rules[command];
  const identity = rule === undefined ? bodyKey(event) : rule(event);
  return identity === undefined ? undefined : `${command}/${identity}`;
}
