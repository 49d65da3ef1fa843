import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { PushCallbackBatchSchema, isPushBatch, validateLiveCallback } from '../../src/index.js';
import { batchFixtureJson, fixtureJson } from '../helpers/fixtures.js';
import { parsed, refusal } from '../helpers/validate.js';

/*
 * The quirks of the push-result callbacks, PROTOCOL-CHAT.md #30-#31 (1047/67552, 1047/67551): a
 * batch envelope of events that each name their command, seconds for times, ErrCode/ErrInfo, GroupID.
 */

const PUSH_COMMANDS = ['Push.OfflinePush', 'Push.AllMemberPush'] as const;

describe('the batch envelope', () => {
  const batch = batchFixtureJson('Push');

  test('the fixture batch is a batch, and each of its events validates as its own command', () => {
    expect(isPushBatch(batch)).toBe(true);
    const { Events } = v.parse(PushCallbackBatchSchema, batch);
    const events = Events.map((event) => {
      const result = validateLiveCallback(event);
      if (!result.success) throw result.error;
      return result.output;
    });
    expect(events.map((event) => event.CallbackCommand)).toEqual(['Push.OfflinePush', 'Push.OfflinePush', 'Push.AllMemberPush']);
  });

  test('has no top-level CallbackCommand, so the envelope itself is not an event: it must be split', () => {
    expect(refusal(batch)).toMatch(/^unknown_command: /);
  });

  test('the envelope schema keeps each event whole and unknown envelope fields too', () => {
    const output = v.parse(PushCallbackBatchSchema, { ...batch, AddedByTencentLater: 1 });
    expect(output).toEqual({ ...batch, AddedByTencentLater: 1 });
  });

  test('an envelope with no events, or an event without a string CallbackCommand, is refused', () => {
    expect(v.safeParse(PushCallbackBatchSchema, { Events: [] }).success).toBe(false);
    expect(v.safeParse(PushCallbackBatchSchema, { Events: [{ EventType: 1 }] }).success).toBe(false);
    expect(v.safeParse(PushCallbackBatchSchema, { Events: [{ CallbackCommand: 7 }] }).success).toBe(false);
  });

  test('isPushBatch is true only for an object whose Events is an array and that names no command of its own', () => {
    expect(isPushBatch({ Events: [] })).toBe(true);
    const single = fixtureJson('Push.OfflinePush');
    for (const body of [single, { ...single, Events: [] }, { Events: 'x' }, { Events: {} }, [{ Events: [] }], null, 'Events', 3]) {
      expect(isPushBatch(body), JSON.stringify(body)).toBe(false);
    }
  });
});

describe.each(PUSH_COMMANDS)('%s', (command) => {
  test('EventTime is Unix SECONDS here (milliseconds everywhere else), kept as sent: 1557481127 stays 1557481127', () => {
    const event = parsed({ ...fixtureJson(command), EventTime: 1557481127 });
    expect(event).toHaveProperty('EventTime', 1557481127);
    expect(new Date((event as { EventTime: number }).EventTime * 1000).getUTCFullYear()).toBe(2019);
  });

  test('the result is ErrCode/ErrInfo (not ErrorCode/ErrorInfo), and an event without them still passes', () => {
    expect(parsed({ ...fixtureJson(command), ErrCode: 6004, ErrInfo: 'token invalid' })).toMatchObject({
      ErrCode: 6004,
      ErrInfo: 'token invalid',
    });
    const { ErrCode: _c, ErrInfo: _i, ...body } = fixtureJson(command);
    expect(parsed(body).CallbackCommand).toBe(command);
  });

  test('a numeric To_Account comes out as its string', () => {
    expect(parsed({ ...fixtureJson(command), To_Account: 10086 })).toMatchObject({ To_Account: '10086' });
  });
});

describe('Push.OfflinePush (1047/67552)', () => {
  test('a group event: GroupID (capital D) with no MsgKey, and the MsgRandom the table says is empty for groups', () => {
    const event = {
      ...fixtureJson('Push.OfflinePush', 'minimal'),
      EventType: 2,
      GroupID: '@TGS#aFLive8848',
      MsgSeq: 1203,
      MsgRandom: 2837546,
    };
    const output = parsed(event);
    expect(output).toMatchObject({ GroupID: '@TGS#aFLive8848', MsgRandom: 2837546 });
    expect(output).not.toHaveProperty('MsgKey');
  });

  test('a C2C event carries the empty GroupID the table describes', () => {
    expect(parsed(fixtureJson('Push.OfflinePush'))).toMatchObject({ EventType: 1, GroupID: '', MsgKey: '48374_2837546_1717574458' });
  });

  test('an event whose PushStage is not a number is refused', () => {
    expect(refusal({ ...fixtureJson('Push.OfflinePush'), PushStage: 'clicked' })).toMatch(/^invalid_payload: .*PushStage/);
  });
});

describe('Push.AllMemberPush (1047/67551)', () => {
  test('is valid without DataId and DeviceType, which are in the table but not the sample', () => {
    const { DataId: _d, DeviceType: _t, ...body } = fixtureJson('Push.AllMemberPush');
    expect(parsed(body)).toMatchObject({ TaskId: '53627373_537_1400000000_1717574400' });
  });

  test('keeps TaskTime in seconds, as sent', () => {
    expect(parsed(fixtureJson('Push.AllMemberPush'))).toMatchObject({ TaskTime: 1717574400, EventTime: 1717574405 });
  });
});
