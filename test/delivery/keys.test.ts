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
import { fixtureJson } from '../helpers/fixtures.js';

/** The validated fixture of `command`, with `changes` on top (a change of `undefined` deletes the field). */
function eventOf(command: string, changes: Record<string, unknown> = {}): LiveCallback {
  const raw: Record<string, unknown> = { ...fixtureJson(command), ...changes };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete raw[name];
  const result = validateLiveCallback(raw);
  if (!result.success) throw result.error;
  return result.output;
}

const AFTER = LIVE_CALLBACK_COMMANDS.filter((command) => LIVE_CALLBACK_TABLE[command].phase === 'after');
const BEFORE = LIVE_CALLBACK_COMMANDS.filter((command) => LIVE_CALLBACK_TABLE[command].phase === 'before');

/** Per command with a rule: one field whose change makes it another event (so another key). */
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
  'Group.CallbackAfterSendMsg': { MsgSeq: 4128 },
  'Follow.CallbackAfterFollowAdd': { FollowList: [{ To_Account: 'x' }] },
  'Follow.CallbackAfterFollowDelete': { To_Account: ['x'] },
};

describe('deliveryKey', () => {
  test('every After command present has its own rule, each tested below', () => {
    expect(Object.keys(DELIVERY_KEY_RULES).sort()).toEqual([...AFTER].sort());
    expect(Object.keys(IDENTIFYING).sort()).toEqual([...AFTER].sort());
  });

  test.each(AFTER)('%s: a key starting with the command, the same for a re-serialised copy with its keys reversed', (command) => {
    const event = eventOf(command);
    const reversed = Object.fromEntries(Object.entries(fixtureJson(command)).reverse());
    const again = validateLiveCallback(JSON.parse(JSON.stringify(reversed)));
    if (!again.success) throw again.error;
    const key = deliveryKey(event);
    expect(key?.startsWith(`${command}/`)).toBe(true);
    expect(deliveryKey(again.output)).toBe(key);
  });

  test.each(AFTER)('%s: another event (an identifying field changed) gets another key', (command) => {
    expect(deliveryKey(eventOf(command, IDENTIFYING[command]))).not.toBe(deliveryKey(eventOf(command)));
  });

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
    const a = deliveryKey(eventOf('Group.CallbackAfterSendMsg', { GroupId: 'a/1' }));
    const b = deliveryKey(eventOf('Group.CallbackAfterSendMsg', { GroupId: 'a' }));
    expect(a).not.toBe(b);
    expect(deliveryKey(eventOf('Group.CallbackAfterSendMsg', { GroupId: '@TGS#a:b' }))).toBe(
      'Group.CallbackAfterSendMsg/%40TGS%23a%3Ab/4127',
    );
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

  test('a command without a rule gets a digest of its canonical body: key order does not matter, content does', () => {
    const event = { CallbackCommand: 'C2C.CallbackAfterSendMsg', EventTime: 1, From_Account: 'a', Nested: { b: 1, a: [1, 2] } };
    const reordered = { Nested: { a: [1, 2], b: 1 }, From_Account: 'a', EventTime: 1, CallbackCommand: 'C2C.CallbackAfterSendMsg' };
    const key = deliveryKey(event as unknown as LiveCallback);
    expect(key).toMatch(/^C2C\.CallbackAfterSendMsg\/body-[0-9a-f]{28}$/);
    expect(deliveryKey(reordered as unknown as LiveCallback)).toBe(key);
    expect(deliveryKey({ ...event, Nested: { b: 1, a: [2, 1] } } as unknown as LiveCallback)).not.toBe(key);
  });

  test('a command without a rule and without EventTime has no key: the same body can be a new event', () => {
    const friendAdded = { CallbackCommand: 'Sns.CallbackFriendAdd', PairList: [{ From_Account: 'a', To_Account: 'b' }] };
    expect(deliveryKey(friendAdded as unknown as LiveCallback)).toBeUndefined();
  });

  test('a group message in a Community topic is keyed by its topic too (MsgSeq counts per topic)', () => {
    const inTopic = (topic: string) => deliveryKey(eventOf('Group.CallbackAfterSendMsg', { TopicId: topic }));
    expect(inTopic('@TGS#_t1')).not.toBe(inTopic('@TGS#_t2'));
    expect(inTopic('@TGS#_t1')).toBe('Group.CallbackAfterSendMsg/live_lily_0412/%40TGS%23_t1/4127');
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
