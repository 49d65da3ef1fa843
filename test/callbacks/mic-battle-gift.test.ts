import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
  LiveCallbackAfterCreateBattleSchema,
  LiveCallbackAfterEndBattleSchema,
  LiveCallbackAfterStartBattleSchema,
  LiveCallbackBeforeSendGiftSchema,
  LiveCallbackSchema,
  MicCallbackAfterSeatInfoChangedSchema,
} from '../../src/index.js';
import { issuePaths, parsed, valid } from '../helpers/validate.js';
import { fixtureJson, fixtureText } from '../helpers/fixtures.js';

/*
 * The quirks of the mic seat, battle and gift callbacks (PROTOCOL.md #10-#14): where the docs
 * contradict their samples, and what the library does with each.
 */

/** One seat of a validated SeatInfoChanged event. */
function seat(event: unknown, index: number): unknown {
  return (event as { SeatList: unknown[] }).SeatList[index];
}

function withSeat(index: number, seat: Record<string, unknown>): Record<string, unknown> {
  const fixture = fixtureJson('Mic.CallbackAfterSeatInfoChanged');
  const seats = [...(fixture.SeatList as Record<string, unknown>[])];
  seats[index] = { ...seats[index], ...seat };
  return { ...fixture, SeatList: seats };
}

describe('Mic.CallbackAfterSeatInfoChanged (647/64425)', () => {
  test('turns the unquoted 18-digit Member_Account of the doc sample into its exact digits', () => {
    const text = fixtureText('Mic.CallbackAfterSeatInfoChanged').replace(
      '"Member_Account": "viewer_8841"',
      '"Member_Account": 144115233775727695',
    );
    expect(seat(parsed(text), 1)).toHaveProperty('Member_Account', '144115233775727695');
  });

  test('turns a small numeric Member_Account into a string', () => {
    expect(seat(valid(LiveCallbackSchema, withSeat(1, { Member_Account: 8841 })), 1)).toHaveProperty('Member_Account', '8841');
  });

  test('rejects a Member_Account that an earlier JSON.parse already rounded, naming SeatList.1.Member_Account', () => {
    expect(issuePaths(MicCallbackAfterSeatInfoChangedSchema, withSeat(1, { Member_Account: 144115233775727700 }))).toEqual([
      'SeatList.1.Member_Account',
    ]);
  });

  test('is valid without EventTime, which the sample shows and the field table does not', () => {
    const event = valid(MicCallbackAfterSeatInfoChangedSchema, fixtureJson('Mic.CallbackAfterSeatInfoChanged', 'minimal'));
    expect(event).not.toHaveProperty('EventTime');
  });

  test('turns an EventTime sent as a digit string into Unix milliseconds', () => {
    const body = { ...fixtureJson('Mic.CallbackAfterSeatInfoChanged'), EventTime: '1795507810344' };
    expect(valid(MicCallbackAfterSeatInfoChangedSchema, body)).toMatchObject({ EventTime: 1795507810344 });
  });

  test('accepts the TUIRoomKit variant, which adds Operator_Account (trtc.io 60736), and the Live one without it', () => {
    const { Operator_Account: _, ...live } = fixtureJson('Mic.CallbackAfterSeatInfoChanged');
    expect(valid(MicCallbackAfterSeatInfoChangedSchema, live)).not.toHaveProperty('Operator_Account');
    expect(valid(MicCallbackAfterSeatInfoChangedSchema, { ...live, Operator_Account: 1207 })).toMatchObject({ Operator_Account: '1207' });
  });

  test('accepts an empty seat, which has no Member_Account key', () => {
    const event = valid(MicCallbackAfterSeatInfoChangedSchema, fixtureJson('Mic.CallbackAfterSeatInfoChanged'));
    expect(seat(event, 2)).toMatchObject({ Index: 2, IsTakenDisabled: true });
    expect(seat(event, 2)).not.toHaveProperty('Member_Account');
  });

  test('rejects a seat flag sent as text, naming SeatList.2.IsTakenDisabled', () => {
    expect(issuePaths(MicCallbackAfterSeatInfoChangedSchema, withSeat(2, { IsTakenDisabled: 'true' }))).toEqual([
      'SeatList.2.IsTakenDisabled',
    ]);
  });

  test('keeps a seat field Tencent may add later', () => {
    expect(seat(valid(MicCallbackAfterSeatInfoChangedSchema, withSeat(0, { IsMuted: true })), 0)).toHaveProperty('IsMuted', true);
  });
});

describe('Live.CallbackAfterCreateBattle (647/68259)', () => {
  test('turns a numeric Operator_Account into a string', () => {
    const body = { ...fixtureJson('Live.CallbackAfterCreateBattle'), Operator_Account: 144115 };
    expect(valid(LiveCallbackAfterCreateBattleSchema, body)).toMatchObject({ Operator_Account: '144115' });
  });

  test('rejects ToRoomIdList given as one room ID instead of a list, naming ToRoomIdList', () => {
    const body = { ...fixtureJson('Live.CallbackAfterCreateBattle'), ToRoomIdList: 'live_marco_77' };
    expect(issuePaths(LiveCallbackAfterCreateBattleSchema, body)).toEqual(['ToRoomIdList']);
  });

  test('rejects NeedResponse sent as text, naming NeedResponse', () => {
    const body = { ...fixtureJson('Live.CallbackAfterCreateBattle'), NeedResponse: 'false' };
    expect(issuePaths(LiveCallbackAfterCreateBattleSchema, body)).toEqual(['NeedResponse']);
  });
});

describe('Live.CallbackAfterStartBattle (647/68260)', () => {
  test('reads FromRoomInfo as the object the sample sends, not the String its table names', () => {
    expect(valid(LiveCallbackAfterStartBattleSchema, fixtureJson('Live.CallbackAfterStartBattle'))).toMatchObject({
      FromRoomInfo: { RoomId: 'live_lily_0412', Owner_Account: 'host_lily' },
    });
    const body = { ...fixtureJson('Live.CallbackAfterStartBattle'), FromRoomInfo: 'live_lily_0412' };
    expect(issuePaths(LiveCallbackAfterStartBattleSchema, body)).toEqual(['FromRoomInfo']);
  });

  test('is valid without Operator_Account, which only CreateBattle carries', () => {
    expect(fixtureJson('Live.CallbackAfterStartBattle', 'minimal')).not.toHaveProperty('Operator_Account');
    expect(v.safeParse(LiveCallbackAfterStartBattleSchema, fixtureJson('Live.CallbackAfterStartBattle', 'minimal')).success).toBe(true);
  });

  test('turns a numeric Owner_Account of an invited room into a string', () => {
    const body = { ...fixtureJson('Live.CallbackAfterStartBattle'), ToRoomList: [{ RoomId: 'live_marco_77', Owner_Account: 7710 }] };
    expect(valid(LiveCallbackAfterStartBattleSchema, body)).toMatchObject({ ToRoomList: [{ Owner_Account: '7710' }] });
  });

  test('rejects an invited room without RoomId, naming ToRoomList.0.RoomId', () => {
    const body = { ...fixtureJson('Live.CallbackAfterStartBattle'), ToRoomList: [{ Owner_Account: 'host_marco' }] };
    expect(issuePaths(LiveCallbackAfterStartBattleSchema, body)).toEqual(['ToRoomList.0.RoomId']);
  });
});

describe('Live.CallbackAfterEndBattle (647/68261)', () => {
  test('turns the unquoted 18-digit Owner_Accounts of the doc sample into their exact digits', () => {
    const text = fixtureText('Live.CallbackAfterEndBattle')
      .replace('"Owner_Account": "host_lily"', '"Owner_Account": 144115245353757792')
      .replace('"Owner_Account": "host_marco"', '"Owner_Account": 144115245442327522');
    expect(parsed(text)).toMatchObject({
      FromRoomInfo: { Owner_Account: '144115245353757792' },
      ToRoomList: [{ Owner_Account: '144115245442327522' }],
    });
  });

  test('keeps the upper-case OpType as sent and rejects the lower-case opType of ModifyAdmin, naming OpType', () => {
    expect(valid(LiveCallbackAfterEndBattleSchema, fixtureJson('Live.CallbackAfterEndBattle'))).toHaveProperty('OpType', 0);
    const { OpType: _, ...rest } = fixtureJson('Live.CallbackAfterEndBattle');
    expect(issuePaths(LiveCallbackAfterEndBattleSchema, { ...rest, opType: 0 })).toEqual(['OpType']);
  });

  test('accepts an OpType Tencent adds later, beyond the documented 0, 1 and 2', () => {
    expect(valid(LiveCallbackAfterEndBattleSchema, { ...fixtureJson('Live.CallbackAfterEndBattle'), OpType: 3 })).toHaveProperty(
      'OpType',
      3,
    );
  });

  test('reads FromRoomInfo as an object with its Score, and rejects the String its table names', () => {
    expect(valid(LiveCallbackAfterEndBattleSchema, fixtureJson('Live.CallbackAfterEndBattle'))).toMatchObject({
      FromRoomInfo: { Score: 8420 },
    });
    const body = { ...fixtureJson('Live.CallbackAfterEndBattle'), FromRoomInfo: 'live_lily_0412' };
    expect(issuePaths(LiveCallbackAfterEndBattleSchema, body)).toEqual(['FromRoomInfo']);
  });

  test('rejects a Score sent as text, naming ToRoomList.0.Score', () => {
    const body = {
      ...fixtureJson('Live.CallbackAfterEndBattle'),
      ToRoomList: [{ RoomId: 'live_marco_77', Score: '7910', Owner_Account: 'host_marco' }],
    };
    expect(issuePaths(LiveCallbackAfterEndBattleSchema, body)).toEqual(['ToRoomList.0.Score']);
  });
});

describe('Live.CallbackBeforeSendGift (647/72210)', () => {
  test('is valid without EventTime, which this callback never carries', () => {
    expect(valid(LiveCallbackSchema, fixtureJson('Live.CallbackBeforeSendGift', 'minimal'))).not.toHaveProperty('EventTime');
  });

  test('turns numeric sender and recipient IDs in GiftWater into strings', () => {
    const fixture = fixtureJson('Live.CallbackBeforeSendGift');
    const body = { ...fixture, GiftWater: { ...(fixture.GiftWater as object), From_Account: 8841, To_Account: [1001, 'host_lily'] } };
    expect(valid(LiveCallbackBeforeSendGiftSchema, body)).toMatchObject({
      GiftWater: { From_Account: '8841', To_Account: ['1001', 'host_lily'] },
    });
  });

  test('rejects a Count sent as text, naming GiftWater.Count', () => {
    const fixture = fixtureJson('Live.CallbackBeforeSendGift');
    const body = { ...fixture, GiftWater: { ...(fixture.GiftWater as object), Count: '2' } };
    expect(issuePaths(LiveCallbackBeforeSendGiftSchema, body)).toEqual(['GiftWater.Count']);
  });

  test('rejects a body without GiftWater, which is not a row of the table but holds the gift', () => {
    const { GiftWater: _, ...body } = fixtureJson('Live.CallbackBeforeSendGift');
    expect(issuePaths(LiveCallbackBeforeSendGiftSchema, body)).toEqual(['GiftWater']);
  });

  test('keeps a GiftWater field Tencent may add later', () => {
    const fixture = fixtureJson('Live.CallbackBeforeSendGift');
    const body = { ...fixture, GiftWater: { ...(fixture.GiftWater as object), ComboId: 'combo-7' } };
    expect(valid(LiveCallbackBeforeSendGiftSchema, body)).toMatchObject({ GiftWater: { ComboId: 'combo-7' } });
  });
});
