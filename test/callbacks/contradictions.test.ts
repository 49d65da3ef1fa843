import { describe, expect, test } from 'vitest';
import { parseLiveCallbackBody, type LiveCallback } from '../../src/index.js';
import { fixtureJson } from '../helpers/fixtures.js';

/*
 * One test per documentation contradiction listed in PROTOCOL.md ("Cross-cutting facts" and each
 * command's notes): the library follows what Tencent sends, and accepts both forms where they differ.
 */

function parse(body: object | string): LiveCallback {
  const result = parseLiveCallbackBody(body);
  if (!result.success) throw result.error;
  return result.output;
}

function fails(body: object): string {
  const result = parseLiveCallbackBody(body);
  return result.success ? 'passed' : result.error.code;
}

describe('account IDs typed String but sent as numbers', () => {
  test('RoomInfo.Owner_Account as a number (DestroyRoom, 647/64423) comes out a string', () => {
    const fixture = fixtureJson('Live.CallbackAfterDestroyRoom') as { RoomInfo: object };
    expect(parse({ ...fixture, RoomInfo: { ...fixture.RoomInfo, Owner_Account: 144115 } })).toMatchObject({
      RoomInfo: { Owner_Account: '144115' },
    });
  });

  test('battle Owner_Account numbers (EndBattle, 647/68261) come out strings', () => {
    const body = `{"CallbackCommand":"Live.CallbackAfterEndBattle","BattleId":"b","Duration":30000,"CreateTime":1,"StartTime":1,"EndTime":31,"OpType":0,
      "FromRoomInfo":{"RoomId":"a","Score":1,"Owner_Account":144115245353757792},"ToRoomList":[{"RoomId":"b","Score":2,"Owner_Account":144115245442327522}],"EventTime":1}`;
    expect(parse(body)).toMatchObject({
      FromRoomInfo: { Owner_Account: '144115245353757792' },
      ToRoomList: [{ Owner_Account: '144115245442327522' }],
    });
  });
});

describe('EventTime as a quoted digit string (Group callbacks, 647/74347, 647/74348)', () => {
  test.each(['Group.CallbackBeforeSendMsg', 'Group.CallbackAfterSendMsg'])('%s: "1670574414123" becomes 1670574414123', (command) => {
    expect(parse({ ...fixtureJson(command), EventTime: '1670574414123' })).toMatchObject({ EventTime: 1670574414123 });
  });

  test('a non-digit EventTime string is refused', () => {
    expect(fails({ ...fixtureJson('Group.CallbackAfterSendMsg'), EventTime: 'yesterday' })).toBe('invalid_payload');
  });
});

describe('fields shown in one place only are optional', () => {
  test('CreateRoom without EventTime (in the table, not the sample, 647/64422)', () => {
    const { EventTime: _, ...body } = fixtureJson('Live.CallbackAfterCreateRoom');
    expect(parse(body).CallbackCommand).toBe('Live.CallbackAfterCreateRoom');
  });

  test('SeatInfoChanged without EventTime (in the sample, not the table, 647/64425) and an empty seat without Member_Account', () => {
    const body = {
      CallbackCommand: 'Mic.CallbackAfterSeatInfoChanged',
      RoomId: 'r',
      SeatList: [{ Index: 3, IsTakenDisabled: true, IsVideoDisabled: false, IsAudioDisabled: false }],
    };
    expect(parse(body)).toEqual(body);
  });

  test('DestroyRoom without Statistic and without RoomInfo.RoomId (a real payload, 647/64423)', () => {
    const { Statistic: _, ...body } = fixtureJson('Live.CallbackAfterDestroyRoom');
    expect(parse(body).CallbackCommand).toBe('Live.CallbackAfterDestroyRoom');
  });

  test('UpdateRoomInfo with only the RoomId (which keys are sent is undocumented, 647/67938)', () => {
    expect(parse({ ...fixtureJson('Live.CallbackAfterUpdateRoomInfo'), RoomInfo: { RoomId: 'r', RoomName: 'renamed' } })).toMatchObject({
      RoomInfo: { RoomName: 'renamed' },
    });
  });

  test('CloudRecordingChanged with an empty EventInfo (its children are not table rows, 647/78428)', () => {
    expect(parse({ ...fixtureJson('Live.CallbackAfterCloudRecordingChanged'), EventInfo: {} })).toMatchObject({ EventInfo: {} });
  });

  test('the RoomKit variant of SeatInfoChanged with Operator_Account (trtc.io 60736)', () => {
    expect(parse({ ...fixtureJson('Mic.CallbackAfterSeatInfoChanged'), Operator_Account: 1001 })).toMatchObject({
      Operator_Account: '1001',
    });
  });
});

describe('documented types that contradict the samples follow the samples', () => {
  test('CurRoomCount (String) and MaxRoomCount (Array) arrive as integers, and digit strings are accepted too (647/70485)', () => {
    const fixture = fixtureJson('Live.CallbackAfterCreateRoomReachingThreshold');
    expect(parse({ ...fixture, CurRoomCount: 400, MaxRoomCount: 500 })).toMatchObject({ CurRoomCount: 400, MaxRoomCount: 500 });
    expect(parse({ ...fixture, CurRoomCount: '400', MaxRoomCount: '500' })).toMatchObject({ CurRoomCount: 400, MaxRoomCount: 500 });
    expect(fails({ ...fixture, MaxRoomCount: [500] })).toBe('invalid_payload');
  });

  test('FromRoomInfo (String) is an object (StartBattle 647/68260, EndBattle 647/68261)', () => {
    expect(fails({ ...fixtureJson('Live.CallbackAfterStartBattle'), FromRoomInfo: 'live_lily_0412' })).toBe('invalid_payload');
    expect(parse(fixtureJson('Live.CallbackAfterStartBattle'))).toMatchObject({ FromRoomInfo: { RoomId: 'live_lily_0412' } });
  });

  test('RoomType "Meeting" (the tables) and "Live" (the samples) are both accepted', () => {
    const fixture = fixtureJson('Live.CallbackAfterCreateRoom') as { RoomInfo: object };
    expect(parse({ ...fixture, RoomInfo: { ...fixture.RoomInfo, RoomType: 'Meeting' } })).toMatchObject({
      RoomInfo: { RoomType: 'Meeting' },
    });
  });

  test('FollowDelete To_Account holds plain strings, not the "user objects" of its table (647/74357)', () => {
    expect(parse(fixtureJson('Follow.CallbackAfterFollowDelete'))).toMatchObject({ To_Account: ['cohost_dan'] });
  });
});

describe('key casing stays as sent', () => {
  test('ModifyAdmin opType (lower-case o) and EndBattle OpType (upper-case O)', () => {
    expect(parse(fixtureJson('Live.CallbackAfterModifyAdmin'))).toHaveProperty('opType', 'add');
    expect(parse(fixtureJson('Live.CallbackAfterEndBattle'))).toHaveProperty('OpType', 0);
    expect(fails({ ...fixtureJson('Live.CallbackAfterModifyAdmin'), opType: undefined, OpType: 'add' })).toBe('invalid_payload');
  });
});

describe('command names', () => {
  test('the recording webhook under Follow. (English page) and Live. (Chinese page)', () => {
    const fixture = fixtureJson('Live.CallbackAfterCloudRecordingChanged');
    expect(parse({ ...fixture, CallbackCommand: 'Follow.CallbackAfterCloudRecordingChanged' }).CallbackCommand).toBe(
      'Live.CallbackAfterCloudRecordingChanged',
    );
    expect(parse(fixture).CallbackCommand).toBe('Live.CallbackAfterCloudRecordingChanged');
  });

  test('MemberStateChanged under its parameter-table name Live.CallbackMemberStateChanged (647/64424)', () => {
    const fixture = fixtureJson('Live.CallbackAfterMemberStateChanged');
    expect(parse({ ...fixture, CallbackCommand: 'Live.CallbackMemberStateChanged' }).CallbackCommand).toBe(
      'Live.CallbackAfterMemberStateChanged',
    );
  });
});

describe('open value sets', () => {
  test('a value Tencent adds later (a new EventCause, OpType, EventGroupId) is not a validation failure', () => {
    expect(parse({ ...fixtureJson('Live.CallbackAfterMemberStateChanged'), EventCause: 'Kicked' })).toMatchObject({ EventCause: 'Kicked' });
    expect(parse({ ...fixtureJson('Live.CallbackAfterEndBattle'), OpType: 3 })).toMatchObject({ OpType: 3 });
    expect(parse({ ...fixtureJson('Live.CallbackAfterCloudRecordingChanged'), EventGroupId: 9 })).toMatchObject({ EventGroupId: 9 });
  });

  test('unknown fields inside nested objects are kept', () => {
    const fixture = fixtureJson('Live.CallbackBeforeSendGift') as { GiftWater: object };
    expect(parse({ ...fixture, GiftWater: { ...fixture.GiftWater, ComboId: 'c1' } })).toMatchObject({ GiftWater: { ComboId: 'c1' } });
  });
});
