import { describe, expect, test } from 'vitest';
import { createLiveCallbacks, parseLiveCallbackBody, type LiveCallbackAfterDestroyRoom, type LiveCallbackError } from '../../src/index.js';
import { signedQuery } from '../helpers/sign.js';

/*
 * Payloads Tencent really sent, byte for byte, each once refused. Tencent leaves out a field it has
 * no value for, so these keep the rule honest: only what identifies and routes an event is required
 * (CONTRIBUTING.md).
 */

/** A room dissolved by the system, September 2025 (issue 8, item 15): its RoomInfo has no Category. */
const DESTROYED_BY_SYSTEM =
  '{"CallbackCommand":"Live.CallbackAfterDestroyRoom","Operator_Account":"@TIM#SYSTEM","RoomId":"436","EventType":"DestroyBySystem","EventTime":1756986061775,"RoomInfo":{"RoomId":"436","RoomName":"\\u590f\\u5b6340\\u5ea6","RoomType":"Live","Owner_Account":"10100015411","IsSeatEnabled":true,"TakeSeatMode":"ApplyToTake","MaxMemberCount":100,"MaxSeatCount":9,"CustomInfo":"","IsMessageDisabled":false,"CoverURL":"","ActivityStatus":0,"IsPublicVisible":true,"ViewCount":1,"BackgroundURL":"","IsUnlimitedRoomEnabled":true}}';

describe('Live.CallbackAfterDestroyRoom sent by the system without RoomInfo.Category', () => {
  test('validates, with every field it carries and no Category', () => {
    const result = parseLiveCallbackBody(DESTROYED_BY_SYSTEM);
    if (!result.success) throw result.error;
    const event = result.output as LiveCallbackAfterDestroyRoom;
    expect(event).toEqual(JSON.parse(DESTROYED_BY_SYSTEM));
    expect(event.RoomInfo).toMatchObject({ RoomName: '夏季40度', Owner_Account: '10100015411' });
    expect(event.RoomInfo).not.toHaveProperty('Category');
  });

  test('reaches its handler and is answered 200 OK, not 400', async () => {
    const live = createLiveCallbacks({ sdkAppId: 1400000000, token: 'real-payload-token' });
    const seen: LiveCallbackAfterDestroyRoom[] = [];
    const errors: LiveCallbackError[] = [];
    live.on('Live.CallbackAfterDestroyRoom', (event) => void seen.push(event));
    live.onError((error) => void errors.push(error));
    const query = signedQuery({ sdkAppId: 1400000000, command: 'Live.CallbackAfterDestroyRoom', token: 'real-payload-token' });

    const reply = await live.handleLiveCallback(query, DESTROYED_BY_SYSTEM);

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
    expect(errors).toEqual([]);
    expect(seen.map((event) => [event.RoomId, event.Operator_Account, event.RoomInfo.Owner_Account])).toEqual([
      ['436', '@TIM#SYSTEM', '10100015411'],
    ]);
  });
});
