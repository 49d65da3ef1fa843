import { describe, expect, test } from 'vitest';
import { parseLiveCallback } from '../../src/index.js';
import { fixtureJson } from '../helpers/fixtures.js';
import { fixtureWith } from '../helpers/chat-body.js';
import { parsed, refusedAt } from '../helpers/validate.js';

// State.StateChange (PROTOCOL-CHAT.md #2, 1047/34357).

describe('State.StateChange (1047/34357)', () => {
  test('accepts the older sample public code still copies, without EventTime or KickedDevice', () => {
    const older = { CallbackCommand: 'State.StateChange', Info: { Action: 'Logout', To_Account: 'testuser316', Reason: 'Unregister' } };
    expect(parsed(older)).toEqual(older);
  });

  test('keeps the Mac and Linux of KickedDevice[].Platform, and a platform Tencent adds later', () => {
    const body = fixtureWith('State.StateChange', {
      KickedDevice: [{ Platform: 'Mac' }, { Platform: 'Linux' }, { Platform: 'HarmonyOS' }],
    });
    expect(parsed(body)).toMatchObject({ KickedDevice: [{ Platform: 'Mac' }, { Platform: 'Linux' }, { Platform: 'HarmonyOS' }] });
  });

  test('reads the custom status whether Tencent nests it in Info or sends it at the top level', () => {
    const info = { Action: 'CustomStatusChange', To_Account: 'viewer_ming', Reason: 'SetCustomStatus' };
    expect(parsed(fixtureWith('State.StateChange', { Info: { ...info, CustomStatus: 'busy' }, CustomStatus: undefined }))).toMatchObject({
      Info: { Action: 'CustomStatusChange', CustomStatus: 'busy' },
    });
    expect(parsed(fixtureWith('State.StateChange', { Info: info, CustomStatus: 'busy' }))).toMatchObject({ CustomStatus: 'busy' });
  });

  test('turns a quoted EventTime into Unix milliseconds', () => {
    expect(parsed(fixtureWith('State.StateChange', { EventTime: '1670574414123' }))).toHaveProperty('EventTime', 1670574414123);
  });

  test('refuses a record that does not say whose state changed, naming Info.To_Account', () => {
    expect(refusedAt(fixtureWith('State.StateChange', { Info: { Action: 'Login', Reason: 'Register' } }))).toEqual(['Info.To_Account']);
  });

  test('reads the upper-case IOS this command sends as OptPlatform as iOS', () => {
    const query = 'SdkAppid=1400000000&CallbackCommand=State.StateChange&contenttype=json&ClientIP=10.0.0.1&OptPlatform=IOS';
    const result = parseLiveCallback(query, fixtureJson('State.StateChange'));
    expect(result.success && result.output.query.optPlatform).toBe('iOS');
  });
});
