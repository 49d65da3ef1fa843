import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  DELIVERY_KEY_RULES,
  LIVE_CALLBACK_COMMANDS,
  LIVE_CALLBACK_TABLE,
  deliveryKey,
  validateLiveCallback,
  type LiveCallback,
} from '../../src/index.js';
import { batchFixtureJson, fixtureJson } from '../helpers/fixtures.js';

/** The validated fixture of `command`, with `changes` on top (a change of `undefined` deletes the field). */
function eventOf(command: string, changes: Record<string, unknown> = {}): LiveCallback {
  const raw: Record<string, unknown> = { ...fixtureJson(command), ...changes };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete raw[name];
  const result = validateLiveCallback(raw);
  if (!result.success) throw result.error;
  return result.output;
}

/** The validated minimal fixture of `command` (its required fields only). */
function minimalOf(command: string): LiveCallback {
  const result = validateLiveCallback(fixtureJson(command, 'minimal'));
  if (!result.success) throw result.error;
  return result.output;
}

const AFTER = LIVE_CALLBACK_COMMANDS.filter((command) => LIVE_CALLBACK_TABLE[command].phase === 'after');
const BEFORE = LIVE_CALLBACK_COMMANDS.filter((command) => LIVE_CALLBACK_TABLE[command].phase === 'before');

/**
 * After commands never deduplicated: their body has no EventTime, so the same body can be a new event
 * (a friend added, removed and added again). Every other After command must have a key.
 */
const NEVER_DEDUPLICATED = [
  'Group.CallbackOnMemberStateChange',
  'Group.CallbackAfterTopicInfoChanged',
  'Sns.CallbackFriendAdd',
  'Sns.CallbackFriendDelete',
  'Sns.CallbackBlackListAdd',
  'Sns.CallbackBlackListDelete',
  'Alert.RequestOverLimit',
];
const KEYED = AFTER.filter((command) => !NEVER_DEDUPLICATED.includes(command));

/** Keyed commands whose key needs an optional field (the event's time): their minimal fixture has no key. */
const KEYED_ONLY_WITH_TIME = [
  'Live.CallbackAfterCreateRoom',
  'Mic.CallbackAfterSeatInfoChanged',
  'Group.CallbackAfterGroupFull',
  'State.StateChange',
];

/** Per command with a key: one field whose change makes it another event (so another key). */
const IDENTIFYING: Record<string, Record<string, unknown>> = {
  'Live.CallbackAfterCreateRoom': { EventTime: 1795507185313 },
  'Live.CallbackAfterDestroyRoom': { RoomId: 'live_other' },
  'Live.CallbackAfterUpdateRoomInfo': { EventTime: 1 },
  'Live.CallbackAfterSetMetadata': { Metadata: [{ Key: 'goal', Value: '1' }] },
  'Live.CallbackAfterDelMetadata': { Keys: ['other'] },
  'Live.CallbackAfterCreateRoomReachingThreshold': { EventTime: 2 },
  'Live.CallbackAfterMemberStateChanged': { MemberList: [{ Member_Account: 'someone_else' }] },
  'Live.CallbackAfterChangeOwner': { CurrentOwner_Account: 'other_host' },
  'Live.CallbackAfterModifyAdmin': { opType: 'delete' },
  'Live.CallbackAfterCreateBattle': { BattleId: 'another' },
  'Live.CallbackAfterStartBattle': { BattleId: 'another' },
  'Live.CallbackAfterEndBattle': { BattleId: 'another' },
  'Live.CallbackAfterCloudRecordingChanged': { EventType: 302 },
  'Mic.CallbackAfterSeatInfoChanged': { EventTime: 3 },
  'Group.CallbackAfterCreateGroup': { EventTime: 1795609100388 },
  'Group.CallbackAfterNewMemberJoin': { NewMemberList: [{ Member_Account: 'viewer_1207' }] },
  'Group.CallbackAfterMemberExit': { ExitType: 'Quit' },
  'Group.CallbackAfterSendMsg': { MsgSeq: 4128 },
  'Group.CallbackAfterGroupFull': { EventTime: 1795609330871 },
  'Group.CallbackAfterGroupDestroyed': { GroupId: '@TGS#other' },
  'Group.CallbackAfterGroupInfoChanged': { Notification: 'Live tomorrow at 9pm!' },
  'Group.CallbackSendMsgException': { Random: 2380113128 },
  'Group.CallbackAfterCreateTopic': { TopicId: '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cUHGY4IM62C8' },
  'Group.CallbackAfterTopicDestroyed': { TopicIdList: ['@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cUHGY4IM62C8'] },
  'Group.CallbackAfterMemberFieldChanged': { Member_Account: 'viewer_8841', Modified_Account: 'viewer_8841' },
  'Group.CallbackAfterGroupAttrChanged': { GroupAttr: [{ key: 'song', value: 'Fix You' }] },
  'Group.CallbackAfterReadReceipt': { GroupMsgReceiptList: [{ MsgSeq: 4129 }] },
  'Group.CallbackAfterChangeGroupOwner': { NewOwner_Account: 'viewer_1207' },
  'Group.CallbackOnDailyGroupQuotaAlarm': { EventTime: 1795595500402 },
  'Group.CallbackAfterGroupMsgExtension': { Seq: 6 },
  'Group.CallbackAfterRecallMsg': { TopicId: '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cUHGY4IM62C8' },
  'Follow.CallbackAfterFollowAdd': { FollowList: [{ To_Account: 'x' }] },
  'Follow.CallbackAfterFollowDelete': { To_Account: ['x'] },
  'C2C.CallbackAfterSendMsg': { MsgKey: '48375_2837547_1670574415' },
  'C2C.CallbackAfterMsgReport': { LastReadTime: 1670574600 },
  'C2C.CallbackAfterMsgWithDraw': { MsgKey: '48375_2837547_1670574415' },
  'C2C.CallbackAfterC2CMsgExtension': { Seq: 3 },
  'Profile.CallbackPortraitSet': { ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: 'Mingming' }] },
  'State.StateChange': { Info: { Action: 'Logout', To_Account: 'viewer_ming' } },
  'Bot.OnC2CMessage': { MsgKey: '48375_2837547_1670574415' },
  'Bot.OnGroupMessage': { MsgSeq: 1054 },
  'ContentCallback.ResultNotify': { CtxcbRequestId: '0b7c9e2a-1d3f-4e5a-8b6c-7d8e9f0a1b2c' },
  'OfficialAccount.CallbackAfterCreateOfficialAccount': { EventTime: 1717228900456 },
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged': { Name: 'Nightly Live News' },
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed': { Official_Account: '@TOA#_other' },
  'OfficialAccount.CallbackAfterAddSubscriber': { SubscribeAccountList: [{ Subscriber_Account: 'viewer_8192' }] },
  'OfficialAccount.CallbackAfterOfficialAccountFull': { EventTime: 1717488100987 },
  'OfficialAccount.CallbackAfterDeleteSubscriber': { SubscribeAccountList: [{ Subscriber_Account: 'viewer_8192' }] },
  'OfficialAccount.CallbackAfterSendMsg': { MsgKey: '72_1_1717574460' },
  'OfficialAccount.CallbackAfterMsgWithDraw': { WithdrawMsgList: [{ MsgKey: '72_1_1717574460' }] },
  'Push.OfflinePush': { PushStage: 3 },
  'Push.AllMemberPush': { To_Account: 'viewer_2048' },
};

describe('deliveryKey', () => {
  test('every After command present has its own rule; each has a key, tested below, or is listed as never deduplicated', () => {
    expect(Object.keys(DELIVERY_KEY_RULES).sort()).toEqual([...AFTER].sort());
    expect(Object.keys(IDENTIFYING).sort()).toEqual([...KEYED].sort());
    expect(AFTER).toEqual(expect.arrayContaining([...NEVER_DEDUPLICATED, ...KEYED_ONLY_WITH_TIME]));
  });

  test.each(KEYED)('%s: a key starting with the command, the same for a re-serialised copy with its keys reversed', (command) => {
    const event = eventOf(command);
    const reversed = Object.fromEntries(Object.entries(fixtureJson(command)).reverse());
    const again = validateLiveCallback(JSON.parse(JSON.stringify(reversed)));
    if (!again.success) throw again.error;
    const key = deliveryKey(event);
    expect(key?.startsWith(`${command}/`)).toBe(true);
    expect(deliveryKey(again.output)).toBe(key);
  });

  test.each(KEYED)('%s: another event (an identifying field changed) gets another key', (command) => {
    const other = deliveryKey(eventOf(command, IDENTIFYING[command]));
    expect(other?.startsWith(`${command}/`)).toBe(true);
    expect(other).not.toBe(deliveryKey(eventOf(command)));
  });

  test.each(KEYED.filter((command) => !KEYED_ONLY_WITH_TIME.includes(command)))(
    '%s: the required fields alone (the minimal fixture) make a key',
    (command) => {
      expect(deliveryKey(minimalOf(command))?.startsWith(`${command}/`)).toBe(true);
    },
  );

  test.each(NEVER_DEDUPLICATED)('%s has no key: with no EventTime, the same body can be a new event', (command) => {
    expect(deliveryKey(eventOf(command))).toBeUndefined();
    expect(deliveryKey(minimalOf(command))).toBeUndefined();
  });

  test.each(KEYED_ONLY_WITH_TIME)(
    '%s has no key without its time (its minimal fixture): a state seen again would look like a retry',
    (command) => {
      expect(deliveryKey(eventOf(command))).toBeDefined();
      expect(deliveryKey(minimalOf(command))).toBeUndefined();
    },
  );

  test('a descriptive field does not change a natural key (a battle is its id), but does change a body digest', () => {
    const battle = 'Live.CallbackAfterEndBattle';
    expect(deliveryKey(eventOf(battle, { Duration: 1 }))).toBe(deliveryKey(eventOf(battle)));
    expect(deliveryKey(eventOf(battle))).toBe(`${battle}/YmF0dGxlXzE3OTU1MDgwMDBfbGlseQ%3D%3D`);
  });

  test("the recording callback's CallbackTs (when the request was sent) is not part of its key", () => {
    const command = 'Live.CallbackAfterCloudRecordingChanged';
    expect(deliveryKey(eventOf(command, { CallbackTs: 1795507199999 }))).toBe(deliveryKey(eventOf(command)));
  });

  test('a part holding / or : cannot run into the next part, and the key never holds a colon', () => {
    const inGroup = (group: string) => deliveryKey(eventOf('Group.CallbackAfterSendMsg', { GroupId: group, TopicId: undefined }));
    expect(inGroup('a/1')).not.toBe(inGroup('a'));
    expect(inGroup('@TGS#a:b')).toBe('Group.CallbackAfterSendMsg/%40TGS%23a%3Ab/4127');
  });

  test('a seat list without EventTime, or a created room without either time, has no key: a repeat cannot be told from a retry', () => {
    expect(deliveryKey(eventOf('Mic.CallbackAfterSeatInfoChanged', { EventTime: undefined }))).toBeUndefined();
    const room = fixtureJson('Live.CallbackAfterCreateRoom');
    const { CreateTime: _dropped, ...roomInfo } = room.RoomInfo as Record<string, unknown>;
    expect(deliveryKey(eventOf('Live.CallbackAfterCreateRoom', { EventTime: undefined, RoomInfo: roomInfo }))).toBeUndefined();
    expect(deliveryKey(eventOf('Live.CallbackAfterCreateRoom', { EventTime: undefined }))).toBe(
      'Live.CallbackAfterCreateRoom/live_lily_0412/1795507185',
    );
  });

  test.each(BEFORE)('%s (a Before callback) has no key: each must be decided again', (command) => {
    expect(deliveryKey(eventOf(command))).toBeUndefined();
  });

  test('a command this version does not know gets a digest of its canonical body: key order does not matter, content does', () => {
    const command = 'Group.CallbackAfterSomethingNew';
    const event = { CallbackCommand: command, EventTime: 1, From_Account: 'a', Nested: { b: 1, a: [1, 2] } };
    const reordered = { Nested: { a: [1, 2], b: 1 }, From_Account: 'a', EventTime: 1, CallbackCommand: command };
    const key = deliveryKey(event as unknown as LiveCallback);
    expect(key).toMatch(/^Group\.CallbackAfterSomethingNew\/body-[0-9a-f]{28}$/);
    expect(deliveryKey(reordered as unknown as LiveCallback)).toBe(key);
    expect(deliveryKey({ ...event, Nested: { b: 1, a: [2, 1] } } as unknown as LiveCallback)).not.toBe(key);
  });

  test('a command this version does not know, without EventTime, has no key: the same body can be a new event', () => {
    const unknown = { CallbackCommand: 'Sns.CallbackSomethingNew', PairList: [{ From_Account: 'a', To_Account: 'b' }] };
    expect(deliveryKey(unknown as unknown as LiveCallback)).toBeUndefined();
  });

  test('a group message in a Community topic is keyed by its topic too (MsgSeq counts per topic)', () => {
    const inTopic = (topic: string) => deliveryKey(eventOf('Group.CallbackAfterSendMsg', { TopicId: topic }));
    expect(inTopic('@TGS#_t1')).not.toBe(inTopic('@TGS#_t2'));
    const community = '%40TGS%23_%40TGS%23cQVLVHIM62CJ';
    expect(inTopic('@TGS#_t1')).toBe(`Group.CallbackAfterSendMsg/${community}/%40TGS%23_t1/4127`);
    // No topic, or an empty one: the group's own numbering.
    expect(inTopic('')).toBe(`Group.CallbackAfterSendMsg/${community}/4127`);
    expect(deliveryKey(eventOf('Group.CallbackAfterSendMsg', { TopicId: undefined }))).toBe(inTopic(''));
    const bot = (topic: string | undefined) => deliveryKey(eventOf('Bot.OnGroupMessage', { TopicId: topic }));
    expect(bot('@TGS#_t1')).not.toBe(bot('@TGS#_t2'));
    expect(bot(undefined)).toBe('Bot.OnGroupMessage/%40TGS%23_%40TGS%23cWWFEIIM62CU/1053');
  });

  test('a one-to-one message is its MsgKey: a changed delivery result or unread count does not make it another event', () => {
    const sent = 'C2C.CallbackAfterSendMsg';
    expect(deliveryKey(eventOf(sent))).toBe(`${sent}/48374_2837546_1670574414`);
    expect(deliveryKey(eventOf(sent, { UnreadMsgNum: 4, SendMsgResult: 20003 }))).toBe(deliveryKey(eventOf(sent)));
  });

  test("a failed group message is its send request's Random; without one, its content tells two failures apart", () => {
    const failed = 'Group.CallbackSendMsgException';
    expect(deliveryKey(eventOf(failed))).toBe(`${failed}/live_lily_0412/2380113127/1795508241033`);
    expect(deliveryKey(eventOf(failed, { ErrorInfo: 'another wording' }))).toBe(deliveryKey(eventOf(failed)));
    const noRandom = (text: string) =>
      deliveryKey(eventOf(failed, { Random: undefined, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }] }));
    expect(noRandom('666666')).toMatch(/^Group\.CallbackSendMsgException\/live_lily_0412\/1795508241033\/[0-9a-f]{28}$/);
    expect(noRandom('666666')).not.toBe(noRandom('777777'));
  });

  test("a message extension change is named by the extension set's Seq; without Seq, by its time and content", () => {
    const c2c = 'C2C.CallbackAfterC2CMsgExtension';
    expect(deliveryKey(eventOf(c2c))).toBe(`${c2c}/48374_2837546_1670574414/2`);
    const group = 'Group.CallbackAfterGroupMsgExtension';
    expect(deliveryKey(eventOf(group))).toBe(`${group}/%40TGS%232J4SZEAEL/4127/5`);
    const withoutSeq = (value: string) =>
      deliveryKey(eventOf(group, { Seq: undefined, ExtensionList: [{ Key: 'vote_yellow', Value: value, Seq: 4 }] }));
    expect(withoutSeq('13')).toMatch(/^Group\.CallbackAfterGroupMsgExtension\/%40TGS%232J4SZEAEL\/4127\/1795509905518\/1\/[0-9a-f]{28}$/);
    expect(withoutSeq('13')).not.toBe(withoutSeq('14'));
  });

  test('a changed group member is the same event under either of its documented names', () => {
    const changed = 'Group.CallbackAfterMemberFieldChanged';
    const en = deliveryKey(eventOf(changed, { Modified_Account: undefined }));
    expect(deliveryKey(eventOf(changed, { Member_Account: undefined }))).toBe(en);
    expect(en).toBe(`${changed}/%40TGS%232J4SZEAEL/1795509602311/viewer_1207`);
  });

  test('a profile change is keyed by what changed: another field changed at the same time is another event', () => {
    const group = 'Group.CallbackAfterGroupInfoChanged';
    expect(deliveryKey(eventOf(group, { FaceUrl: 'https://cdn.example.com/groups/other.png' }))).not.toBe(deliveryKey(eventOf(group)));
    const account = 'OfficialAccount.CallbackAfterOfficialAccountInfoChanged';
    expect(deliveryKey(eventOf(account, { Organization: 'Other Media' }))).not.toBe(deliveryKey(eventOf(account)));
  });

  test('each event of a push batch has its own key (one per recipient and stage)', () => {
    const events = batchFixtureJson('Push').Events as Record<string, unknown>[];
    const keys = events.map((raw) => {
      const result = validateLiveCallback(raw);
      if (!result.success) throw result.error;
      return deliveryKey(result.output);
    });
    expect(keys.every((key) => key?.startsWith('Push.'))).toBe(true);
    expect(new Set(keys).size).toBe(events.length);
  });
});

describe('the README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Delivery keys'), readme.indexOf('### Dedupe: drop redeliveries'));

  test.each(Object.keys(DELIVERY_KEY_RULES))('documents the key of %s', (command) => {
    // Rows may share a line: `Live.CallbackAfterSetMetadata` / `DelMetadata`.
    const short = command.slice(command.indexOf('.') + 1).replace(/^Callback(After)?/, '');
    expect(section.includes(`\`${command}\``) || section.includes(`/ \`${short}\``)).toBe(true);
  });
});
