import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { parseLiveCallbackBody, type BodyInput, type LiveCallback } from '../../src/index.js';
import { fixtureJson, fixtureText } from '../helpers/fixtures.js';

/*
 * The quirks of the live room commands (PROTOCOL.md #1-#9): where the docs contradict their own
 * samples, what a real payload looked like, and what the library does with each.
 */

function parse(body: BodyInput, command?: string): LiveCallback {
  const result = parseLiveCallbackBody(body, command === undefined ? {} : { command });
  if (!result.success) throw result.error;
  return result.output;
}

/** The dot paths of the valibot issues that rejected a body (none when it was accepted). */
function issuePaths(body: BodyInput, command?: string): string[] {
  const result = parseLiveCallbackBody(body, command === undefined ? {} : { command });
  if (result.success) return [];
  expect(result.error.code).toBe('invalid_payload');
  return (result.error.issues ?? []).map((issue) => v.getDotPath(issue) ?? '');
}

function withRoomInfo(command: string, roomInfo: Record<string, unknown>): Record<string, unknown> {
  const fixture = fixtureJson(command);
  return { ...fixture, RoomInfo: { ...(fixture.RoomInfo as object), ...roomInfo } };
}

describe('Live.CallbackAfterCreateRoom (647/64422)', () => {
  test('is valid without EventTime, which the field table lists and the sample leaves out', () => {
    expect(parse(fixtureText('Live.CallbackAfterCreateRoom', 'minimal'))).not.toHaveProperty('EventTime');
  });

  test('accepts the RoomType "Meeting" its table copied from the Conference docs, as sent', () => {
    expect(parse(withRoomInfo('Live.CallbackAfterCreateRoom', { RoomType: 'Meeting' }))).toMatchObject({
      RoomInfo: { RoomType: 'Meeting' },
    });
  });

  test('rejects a Category of strings, naming RoomInfo.Category.0', () => {
    expect(issuePaths(withRoomInfo('Live.CallbackAfterCreateRoom', { Category: ['music'] }))).toEqual(['RoomInfo.Category.0']);
  });
});

describe('Live.CallbackAfterDestroyRoom (647/64423)', () => {
  test('turns the unquoted 18-digit Owner_Account of the doc sample into its exact digits', () => {
    const text = fixtureText('Live.CallbackAfterDestroyRoom').replace(
      '"Owner_Account": "host_lily"',
      '"Owner_Account": 144115216631667826',
    );
    expect(parse(text)).toMatchObject({ RoomInfo: { Owner_Account: '144115216631667826' } });
  });

  test('rejects an Owner_Account that an earlier JSON.parse already rounded, naming RoomInfo.Owner_Account', () => {
    expect(issuePaths(withRoomInfo('Live.CallbackAfterDestroyRoom', { Owner_Account: 144115216631667840 }))).toEqual([
      'RoomInfo.Owner_Account',
    ]);
  });

  test('is valid like the real system payload: "@TIM#SYSTEM", no Statistic, no RoomInfo.RoomId', () => {
    const event = parse(fixtureText('Live.CallbackAfterDestroyRoom', 'minimal'));
    expect(event).toMatchObject({ Operator_Account: '@TIM#SYSTEM', EventType: 'DestroyBySystem' });
    expect(event).not.toHaveProperty('Statistic');
  });

  test('rejects a Statistic total sent as text, naming Statistic.TotalGiftCoins', () => {
    const fixture = fixtureJson('Live.CallbackAfterDestroyRoom');
    const body = { ...fixture, Statistic: { ...(fixture.Statistic as object), TotalGiftCoins: '48210' } };
    expect(issuePaths(body)).toEqual(['Statistic.TotalGiftCoins']);
  });
});

describe('Live.CallbackAfterUpdateRoomInfo (647/67938)', () => {
  test('is valid with a RoomInfo that holds only the RoomId (which keys an update sends is undocumented)', () => {
    expect(parse(fixtureText('Live.CallbackAfterUpdateRoomInfo', 'minimal'))).toMatchObject({ RoomInfo: { RoomId: 'live_lily_0412' } });
  });

  test('rejects a RoomInfo without RoomId, naming RoomInfo.RoomId', () => {
    const { RoomId: _, ...roomInfo } = fixtureJson('Live.CallbackAfterUpdateRoomInfo').RoomInfo as Record<string, unknown>;
    expect(issuePaths({ ...fixtureJson('Live.CallbackAfterUpdateRoomInfo'), RoomInfo: roomInfo })).toEqual(['RoomInfo.RoomId']);
  });

  test('keeps a CoverURL whose "//" a comment stripper would have cut', () => {
    expect(parse(fixtureText('Live.CallbackAfterUpdateRoomInfo'))).toMatchObject({
      RoomInfo: { CoverURL: 'https://cdn.example.com/covers/lily-0412b.png' },
    });
  });
});

describe('Live.CallbackAfterSetMetadata (647/68222) and Live.CallbackAfterDelMetadata (647/68223)', () => {
  test('a DelMetadata body is a DelMetadata event even when the query names SetMetadata, as its table does', () => {
    expect(parse(fixtureText('Live.CallbackAfterDelMetadata'), 'Live.CallbackAfterSetMetadata')).toMatchObject({
      CallbackCommand: 'Live.CallbackAfterDelMetadata',
      Keys: ['pinned_song', 'goal'],
    });
  });

  test('SetMetadata is not an alias of DelMetadata: a Keys body under that name fails for lack of Metadata', () => {
    expect(issuePaths({ ...fixtureJson('Live.CallbackAfterDelMetadata'), CallbackCommand: 'Live.CallbackAfterSetMetadata' })).toEqual([
      'Metadata',
    ]);
  });

  test('rejects a metadata Value that is not a string, naming Metadata.1.Value', () => {
    const body = {
      ...fixtureJson('Live.CallbackAfterSetMetadata'),
      Metadata: [
        { Key: 'a', Value: 'b' },
        { Key: 'goal', Value: 50000 },
      ],
    };
    expect(issuePaths(body)).toEqual(['Metadata.1.Value']);
  });
});

describe('Live.CallbackAfterCreateRoomReachingThreshold (647/70485)', () => {
  test('takes CurRoomCount and MaxRoomCount as the integers of the sample', () => {
    expect(
      parse(
        '{"CallbackCommand":"Live.CallbackAfterCreateRoomReachingThreshold","Operator_Account":"host_marco","CurRoomCount":400,"MaxRoomCount":500,"EventTime":1795507302611}',
      ),
    ).toMatchObject({ CurRoomCount: 400, MaxRoomCount: 500 });
  });

  test('takes them as digit strings too (the table types CurRoomCount String) and outputs numbers', () => {
    expect(
      parse({ ...fixtureJson('Live.CallbackAfterCreateRoomReachingThreshold'), CurRoomCount: '400', MaxRoomCount: '500' }),
    ).toMatchObject({ CurRoomCount: 400, MaxRoomCount: 500 });
  });

  test('rejects the Array its table names for MaxRoomCount, naming MaxRoomCount', () => {
    expect(issuePaths({ ...fixtureJson('Live.CallbackAfterCreateRoomReachingThreshold'), MaxRoomCount: [500] })).toEqual(['MaxRoomCount']);
  });
});

describe('Live.CallbackAfterMemberStateChanged (647/64424)', () => {
  test('arrives under the parameter-table name Live.CallbackMemberStateChanged as the canonical command', () => {
    const body = { ...fixtureJson('Live.CallbackAfterMemberStateChanged'), CallbackCommand: 'Live.CallbackMemberStateChanged' };
    expect(parse(body).CallbackCommand).toBe('Live.CallbackAfterMemberStateChanged');
  });

  test('turns unquoted numeric Member_Account values into strings', () => {
    const text =
      '{"CallbackCommand":"Live.CallbackAfterMemberStateChanged","RoomId":"r","EventType":"Offline","EventCause":"HeartbeatInterrupt","MemberList":[{"Member_Account":144115233775727695}],"EventTime":1795507433090}';
    expect(parse(text)).toMatchObject({ MemberList: [{ Member_Account: '144115233775727695' }] });
  });

  test('rejects a member without Member_Account, the account the event is about (shared with the Chat group member lists)', () => {
    const body = { ...fixtureJson('Live.CallbackAfterMemberStateChanged'), MemberList: [{ Member_Account: 'viewer_8841' }, {}] };
    expect(issuePaths(body)).toEqual(['MemberList.1.Member_Account']);
  });

  test('keeps an EventCause Tencent adds later', () => {
    expect(parse({ ...fixtureJson('Live.CallbackAfterMemberStateChanged'), EventCause: 'Kicked' })).toMatchObject({ EventCause: 'Kicked' });
  });

  test('rejects an EventType sent as a number, naming EventType', () => {
    expect(issuePaths({ ...fixtureJson('Live.CallbackAfterMemberStateChanged'), EventType: 1 })).toEqual(['EventType']);
  });
});

describe('Live.CallbackAfterChangeOwner (647/72553)', () => {
  test('outputs an EventTime sent as a digit string as a number of milliseconds', () => {
    expect(parse({ ...fixtureJson('Live.CallbackAfterChangeOwner'), EventTime: '1795512001456' })).toMatchObject({
      EventTime: 1795512001456,
    });
  });

  test('turns numeric owner accounts into strings', () => {
    expect(
      parse({ ...fixtureJson('Live.CallbackAfterChangeOwner'), CurrentOwner_Account: 1002, OriginalOwner_Account: 1001 }),
    ).toMatchObject({ CurrentOwner_Account: '1002', OriginalOwner_Account: '1001' });
  });

  test('rejects an EventTime that is not digits, naming EventTime', () => {
    expect(issuePaths({ ...fixtureJson('Live.CallbackAfterChangeOwner'), EventTime: '2026-11-24' })).toEqual(['EventTime']);
  });
});

describe('Live.CallbackAfterModifyAdmin (647/72554)', () => {
  test('keeps the lower-case opType key and refuses the EndBattle spelling OpType in its place', () => {
    expect(parse(fixtureJson('Live.CallbackAfterModifyAdmin'))).toHaveProperty('opType', 'add');
    const { opType: _, ...body } = fixtureJson('Live.CallbackAfterModifyAdmin');
    expect(issuePaths({ ...body, OpType: 'add' })).toEqual(['opType']);
  });
});

describe('all room commands', () => {
  test('keep fields Tencent adds later, at the top and inside RoomInfo', () => {
    const body = { ...withRoomInfo('Live.CallbackAfterDestroyRoom', { LiveDuration: 7200 }), CloseReason: 'quota' };
    expect(parse(body)).toMatchObject({ CloseReason: 'quota', RoomInfo: { LiveDuration: 7200 } });
  });
});
