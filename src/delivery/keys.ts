import { phaseOf, resolveLiveCallbackCommand, type LiveAfterCommand, type LiveCallback, type LiveCallbackOf } from '../commands.js';
import { canonicalJson, digest } from './hash.js';

/*
 * Delivery keys: one string per Tencent event, the same on every retry of it, different for
 * different events. No callback carries a delivery id, so the key is made from the fields that
 * identify the event, never from what changes per send (the query's RequestTime and Sign, the
 * recording callback's CallbackTs). One rule per After command, in the map below; a command this
 * version does not know gets the default, a digest of its whole body (canonical JSON: keys sorted,
 * so a re-ordered retry gives the same key), as long as the body has an EventTime.
 *
 * Events whose payload can repeat exactly (a seat list going A, B, A; a friend added, removed and
 * added again) need their timestamp to be told apart from a retry; where it is missing there is no
 * key (an explicit `noKey` rule) and the event is not deduplicated: running a retry twice is better than dropping a real event.
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

/** A key, or none when one of its parts is missing: for events that need an optional field (their time) to be told from a repeat. */
function keyOrNone(...parts: (KeyPart | undefined)[]): string | undefined {
  return parts.includes(undefined) ? undefined : key(...(parts as KeyPart[]));
}

/** The rule of an event that cannot be told from a repeat of itself: no key, so it is never deduplicated. */
const noKey = (): undefined => undefined;

/** Where a group message is: its group, and its topic in a Community with topics (each topic numbers its own messages). */
function groupOrTopic(event: { GroupId: string; TopicId?: string }): KeyPart[] {
  return event.TopicId === undefined || event.TopicId === '' ? [event.GroupId] : [event.GroupId, event.TopicId];
}

/** What a message-extension change carries besides the message. */
interface ExtensionChange {
  Seq?: number;
  EventTime: number;
  OperateType: number;
  ExtensionList?: object[];
}

/**
 * A change to a message's extensions. `Seq` versions the message's whole extension set, so it names
 * the change; without it, the change's time and content do.
 */
function extensionKey(message: KeyPart[], change: ExtensionChange): string {
  return change.Seq === undefined
    ? key(...message, change.EventTime, change.OperateType, change.ExtensionList ?? [])
    : key(...message, change.Seq);
}

/** The rule for one command: the identifying part of its key, or undefined when the event cannot be told apart from a repeat. */
export type DeliveryKeyRule<C extends LiveAfterCommand> = (event: LiveCallbackOf<C>) => string | undefined;

/**
 * One rule per After command. A rule names what identifies the event: the room or group, the
 * event's own time (`EventTime`, ms) and what changed; `noKey` where nothing tells the event from a
 * repeat. Every After command has one (the keys test checks it); commands this version does not
 * know get the default (a digest of the body). Before callbacks have no key: each must be decided again.
 */
export const DELIVERY_KEY_RULES: { readonly [C in LiveAfterCommand]?: DeliveryKeyRule<C> } = {
  // A room id can be reused once the room is gone, so the creation time is part of the key;
  // EventTime is in the table but not the sample, RoomInfo.CreateTime (seconds) stands in for it.
  'Live.CallbackAfterCreateRoom': (event) => keyOrNone(event.RoomInfo.RoomId, event.EventTime ?? event.RoomInfo.CreateTime),
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
  'Mic.CallbackAfterSeatInfoChanged': (event) => keyOrNone(event.RoomId, event.EventTime, event.SeatList),

  // Group (Chat). A group id can be reused once the group is gone, so group events carry their time.
  'Group.CallbackAfterCreateGroup': (event) => key(event.GroupId, event.EventTime),
  'Group.CallbackAfterNewMemberJoin': (event) => key(event.GroupId, event.EventTime, event.NewMemberList),
  'Group.CallbackAfterMemberExit': (event) => key(event.GroupId, event.EventTime, event.ExitType ?? '', event.ExitMemberList),
  // MsgSeq numbers a group's messages (1047/34375), a topic's own in a Community group's topics.
  'Group.CallbackAfterSendMsg': (event) => key(...groupOrTopic(event), event.MsgSeq),
  // An older sample has no EventTime: a group filling up again would look like a retry.
  'Group.CallbackAfterGroupFull': (event) => keyOrNone(event.GroupId, event.EventTime),
  'Group.CallbackAfterGroupDestroyed': (event) => key(event.GroupId, event.EventTime),
  // What changed is the body itself (any profile field, known or not).
  'Group.CallbackAfterGroupInfoChanged': (event) => key(event.GroupId, event.EventTime, event),
  // No EventTime: a member going offline, online and offline again sends the same body twice.
  'Group.CallbackOnMemberStateChange': noKey,
  // A failed message was never stored, so it has no MsgSeq: its send request's Random names it;
  // without one, the whole body does (the same sender's failures within one millisecond differ by content).
  'Group.CallbackSendMsgException': (event) =>
    event.Random === undefined ? key(event.GroupId, event.EventTime, event) : key(event.GroupId, event.Random, event.EventTime),
  // A topic is created and deleted once: no EventTime, its id names it. (A custom topic id created
  // again after a delete, within the dedupe window, would look like a retry.)
  'Group.CallbackAfterCreateTopic': (event) => key(event.GroupId, event.TopicId),
  'Group.CallbackAfterTopicDestroyed': (event) => key(event.GroupId, event.TopicIdList),
  // No EventTime and no TopicId: the same change made twice (to one topic or two) sends the same body.
  'Group.CallbackAfterTopicInfoChanged': noKey,
  'Group.CallbackAfterMemberFieldChanged': (event) =>
    key(event.GroupId, event.EventTime, event.Member_Account ?? event.Modified_Account ?? ''),
  'Group.CallbackAfterGroupAttrChanged': (event) => key(event.GroupId, event.EventTime, event.OptionType ?? '', event.GroupAttr ?? []),
  'Group.CallbackAfterReadReceipt': (event) => key(event.GroupId, event.EventTime, event.GroupMsgReceiptList),
  'Group.CallbackAfterChangeGroupOwner': (event) => key(event.GroupId, event.EventTime, event.NewOwner_Account),
  // One alarm per app at a time.
  'Group.CallbackOnDailyGroupQuotaAlarm': (event) => key(event.EventTime),
  'Group.CallbackAfterGroupMsgExtension': (event) => extensionKey([event.GroupId, event.MsgSeq], event),
  'Group.CallbackAfterRecallMsg': (event) => key(...groupOrTopic(event), event.MsgSeqList),

  'Follow.CallbackAfterFollowAdd': (event) => key(event.From_Account, event.EventTime, event.FollowList),
  'Follow.CallbackAfterFollowDelete': (event) => key(event.From_Account, event.EventTime, event.To_Account),

  // One-to-one messages: MsgKey names the message; it is sent, recalled once.
  'C2C.CallbackAfterSendMsg': (event) => key(event.MsgKey),
  // Messages read up to LastReadTime: a later read moves it.
  'C2C.CallbackAfterMsgReport': (event) => key(event.Report_Account, event.Peer_Account, event.LastReadTime),
  'C2C.CallbackAfterMsgWithDraw': (event) => key(event.MsgKey),
  'C2C.CallbackAfterC2CMsgExtension': (event) => extensionKey([event.MsgKey], event),

  // No EventTime: a friend added, removed and added again sends the same body twice (and so for the blocklist).
  'Sns.CallbackFriendAdd': noKey,
  'Sns.CallbackFriendDelete': noKey,
  'Sns.CallbackBlackListAdd': noKey,
  'Sns.CallbackBlackListDelete': noKey,

  'Profile.CallbackPortraitSet': (event) => key(event.From_Account, event.EventTime, event.ProfileItem),
  // Older pages show no EventTime: a login, logout and login again would look like a retry.
  'State.StateChange': (event) => keyOrNone(event.Info.To_Account, event.EventTime, event.Info.Action),
  // No EventTime: the same API going over its limit again sends the same body.
  'Alert.RequestOverLimit': noKey,

  'Bot.OnC2CMessage': (event) => key(event.MsgKey),
  'Bot.OnGroupMessage': (event) => key(...groupOrTopic(event), event.MsgSeq),
  // One moderation request's result on one message.
  'ContentCallback.ResultNotify': (event) => key(event.MsgID ?? '', event.CtxcbRequestId),

  'OfficialAccount.CallbackAfterCreateOfficialAccount': (event) => key(event.Official_Account, event.EventTime),
  // What changed is the body itself (any profile field, known or not).
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged': (event) => key(event.Official_Account, event.EventTime, event),
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed': (event) => key(event.Official_Account, event.EventTime),
  'OfficialAccount.CallbackAfterAddSubscriber': (event) => key(event.Official_Account, event.EventTime, event.SubscribeAccountList),
  'OfficialAccount.CallbackAfterOfficialAccountFull': (event) => key(event.Official_Account, event.EventTime),
  'OfficialAccount.CallbackAfterDeleteSubscriber': (event) => key(event.Official_Account, event.EventTime, event.SubscribeAccountList),
  'OfficialAccount.CallbackAfterSendMsg': (event) => key(event.Official_Account, event.MsgKey),
  'OfficialAccount.CallbackAfterMsgWithDraw': (event) => key(event.Official_Account, event.WithdrawMsgList),

  // Push callbacks come in batches, one event per recipient and stage (sent, delivered, clicked).
  'Push.OfflinePush': (event) => key(event.PushID, event.To_Account, event.EventType, event.PushStage),
  'Push.AllMemberPush': (event) => key(event.TaskId, event.To_Account, event.EventType, event.PushStage),
};

const rules = DELIVERY_KEY_RULES as { readonly [command: string]: ((event: LiveCallback) => string | undefined) | undefined };

/** The default for a command this version does not know (no rule): a digest of the body, if its EventTime makes it one event. */
function bodyKey(event: LiveCallback): string | undefined {
  const time = (event as { EventTime?: unknown }).EventTime;
  return time === undefined || time === null || time === '' ? undefined : `body-${digest(canonicalJson(event))}`;
}

/**
 * The delivery key of an event: `<command>/<what identifies the event>`, equal on every retry of
 * it. Undefined for Before callbacks (never deduplicated: each must be decided again) and for
 * events that cannot be told from a repeat (see `DELIVERY_KEY_RULES`). Commands this version does not know get
 * `<command>/body-<digest of the canonical body>` when the body has an `EventTime`, no key otherwise.
 *
 * The dispatcher prefixes the SdkAppid (`1400000000/Live.CallbackAfterDestroyRoom/room_1/1795514400118`),
 * so two apps served by one store never share a key.
 */
export function deliveryKey(event: LiveCallback): string | undefined {
  const command = resolveLiveCallbackCommand(event.CallbackCommand) ?? event.CallbackCommand;
  if (phaseOf(command) === 'before') return undefined;
  const rule = rules[command];
  const identity = rule === undefined ? bodyKey(event) : rule(event);
  return identity === undefined ? undefined : `${command}/${identity}`;
}
