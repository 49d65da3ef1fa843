import { describe, expect, test } from 'vitest';
import {
  FollowCallbackAfterFollowAddSchema,
  FollowCallbackAfterFollowDeleteSchema,
  LiveCallbackAfterCloudRecordingChangedSchema,
  LiveCallbackSchema,
  resolveLiveCallbackCommand,
} from '../../src/index.js';
import { issuePaths, parsed, valid } from '../helpers/validate.js';
import { fixtureJson } from '../helpers/fixtures.js';

/*
 * The quirks of the follow and cloud-recording callbacks (PROTOCOL.md #15, #18, #19): Chat webhooks
 * reused by Live, and the recording webhook that wraps a TRTC event. The room-message ones (#16, #17)
 * are in group.test.ts with the other Group.* callbacks.
 */

describe('Live.CallbackAfterCloudRecordingChanged (647/78428, zh 269/129603)', () => {
  test('resolves the Follow. spelling of the English page to the canonical Live. command', () => {
    expect(resolveLiveCallbackCommand('Follow.CallbackAfterCloudRecordingChanged')).toBe('Live.CallbackAfterCloudRecordingChanged');
    expect(resolveLiveCallbackCommand('Live.CallbackAfterCloudRecordingChanged')).toBe('Live.CallbackAfterCloudRecordingChanged');
  });

  test('a body sent as Follow. comes out of the parse layer as Live., while the schema itself takes only the canonical name', () => {
    const body = {
      ...fixtureJson('Live.CallbackAfterCloudRecordingChanged'),
      CallbackCommand: 'Follow.CallbackAfterCloudRecordingChanged',
    };
    expect(parsed(body)).toMatchObject({ CallbackCommand: 'Live.CallbackAfterCloudRecordingChanged', EventType: 301 });
    expect(issuePaths(LiveCallbackAfterCloudRecordingChangedSchema, body)).toEqual(['CallbackCommand']);
  });

  test('is valid without EventTime, Operator_Account or a top-level RoomId, which this envelope never has', () => {
    const minimal = fixtureJson('Live.CallbackAfterCloudRecordingChanged', 'minimal');
    const event = valid(LiveCallbackSchema, minimal);
    for (const key of ['EventTime', 'Operator_Account', 'RoomId']) expect(event).not.toHaveProperty(key);
  });

  test('is valid with an empty EventInfo, whose children are not rows of the table', () => {
    const body = { ...fixtureJson('Live.CallbackAfterCloudRecordingChanged'), EventInfo: {} };
    expect(valid(LiveCallbackAfterCloudRecordingChangedSchema, body)).toHaveProperty('EventInfo', {});
  });

  test('turns a CallbackTs sent as a digit string into Unix milliseconds', () => {
    const body = { ...fixtureJson('Live.CallbackAfterCloudRecordingChanged'), CallbackTs: '1795507190113' };
    expect(valid(LiveCallbackAfterCloudRecordingChangedSchema, body)).toHaveProperty('CallbackTs', 1795507190113);
  });

  test('keeps a numeric EventInfo.RoomId as a number (TRTC rooms can have numeric IDs)', () => {
    const fixture = fixtureJson('Live.CallbackAfterCloudRecordingChanged');
    const body = { ...fixture, EventInfo: { ...(fixture.EventInfo as object), RoomId: 20412 } };
    expect(valid(LiveCallbackAfterCloudRecordingChangedSchema, body)).toMatchObject({ EventInfo: { RoomId: 20412 } });
  });

  test('keeps the LeaveCode that TRTC defines for event 305, where the sample shows Status', () => {
    const fixture = fixtureJson('Live.CallbackAfterCloudRecordingChanged');
    const body = { ...fixture, EventType: 305, EventInfo: { ...(fixture.EventInfo as object), Payload: { LeaveCode: 0 } } };
    expect(valid(LiveCallbackAfterCloudRecordingChangedSchema, body)).toMatchObject({
      EventType: 305,
      EventInfo: { Payload: { LeaveCode: 0 } },
    });
  });

  test('accepts web-page recording (EventGroupId 8, EventType 801) and an event code Tencent adds later', () => {
    const fixture = fixtureJson('Live.CallbackAfterCloudRecordingChanged');
    expect(valid(LiveCallbackAfterCloudRecordingChangedSchema, { ...fixture, EventGroupId: 8, EventType: 801 })).toMatchObject({
      EventGroupId: 8,
      EventType: 801,
    });
    expect(valid(LiveCallbackAfterCloudRecordingChangedSchema, { ...fixture, EventType: 313 })).toHaveProperty('EventType', 313);
  });

  test('rejects an EventType sent as text, naming EventType', () => {
    const body = { ...fixtureJson('Live.CallbackAfterCloudRecordingChanged'), EventType: '301' };
    expect(issuePaths(LiveCallbackAfterCloudRecordingChangedSchema, body)).toEqual(['EventType']);
  });

  test('rejects a Payload.Status sent as text, naming EventInfo.Payload.Status', () => {
    const fixture = fixtureJson('Live.CallbackAfterCloudRecordingChanged');
    const body = { ...fixture, EventInfo: { ...(fixture.EventInfo as object), Payload: { Status: 'ok' } } };
    expect(issuePaths(LiveCallbackAfterCloudRecordingChangedSchema, body)).toEqual(['EventInfo.Payload.Status']);
  });
});

describe('Follow.CallbackAfterFollowAdd (647/74356)', () => {
  test('turns numeric From_Account and FollowList[].To_Account into strings', () => {
    const body = { ...fixtureJson('Follow.CallbackAfterFollowAdd'), From_Account: 8841, FollowList: [{ To_Account: 1001 }] };
    expect(valid(FollowCallbackAfterFollowAddSchema, body)).toMatchObject({ From_Account: '8841', FollowList: [{ To_Account: '1001' }] });
  });

  test('rejects the flat To_Account list of FollowDelete in FollowList, naming FollowList.0', () => {
    const body = { ...fixtureJson('Follow.CallbackAfterFollowAdd'), FollowList: ['host_lily'] };
    expect(issuePaths(FollowCallbackAfterFollowAddSchema, body)).toEqual(['FollowList.0']);
  });
});

describe('Follow.CallbackAfterFollowDelete (647/74357)', () => {
  test('reads To_Account as the plain strings of the sample, not the "user objects" of its table', () => {
    expect(valid(FollowCallbackAfterFollowDeleteSchema, fixtureJson('Follow.CallbackAfterFollowDelete'))).toHaveProperty('To_Account', [
      'cohost_dan',
    ]);
    const body = { ...fixtureJson('Follow.CallbackAfterFollowDelete'), To_Account: [{ To_Account: 'cohost_dan' }] };
    expect(issuePaths(FollowCallbackAfterFollowDeleteSchema, body)).toEqual(['To_Account.0']);
  });

  test('turns numeric To_Account entries into strings', () => {
    const body = { ...fixtureJson('Follow.CallbackAfterFollowDelete'), To_Account: [1001, 'cohost_dan'] };
    expect(valid(FollowCallbackAfterFollowDeleteSchema, body)).toHaveProperty('To_Account', ['1001', 'cohost_dan']);
  });
});
