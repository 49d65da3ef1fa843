import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE, LiveCallbackSchema, resolveLiveCallbackCommand } from '../src/index.js';
import { fixtureCommands, fixtureJson } from './helpers/fixtures.js';

const BEFORE_COMMANDS = ['Live.CallbackBeforeSendGift', 'Group.CallbackBeforeSendMsg'];

describe('the catalogue', () => {
  test('lists the 19 commands of PROTOCOL.md once each', () => {
    expect(LIVE_CALLBACK_COMMANDS).toHaveLength(19);
    expect(new Set(LIVE_CALLBACK_COMMANDS).size).toBe(19);
  });

  test('only the gift and group-message callbacks are Before callbacks', () => {
    expect(LIVE_CALLBACK_COMMANDS.filter((command) => LIVE_CALLBACK_TABLE[command].phase === 'before')).toEqual(BEFORE_COMMANDS);
  });

  test('every documented alias resolves to its canonical command, unknown names to undefined', () => {
    expect(resolveLiveCallbackCommand('Live.CallbackMemberStateChanged')).toBe('Live.CallbackAfterMemberStateChanged');
    expect(resolveLiveCallbackCommand('Follow.CallbackAfterCloudRecordingChanged')).toBe('Live.CallbackAfterCloudRecordingChanged');
    for (const command of LIVE_CALLBACK_COMMANDS) {
      expect(resolveLiveCallbackCommand(command)).toBe(command);
      for (const alias of LIVE_CALLBACK_TABLE[command].aliases) expect(resolveLiveCallbackCommand(alias)).toBe(command);
    }
    expect(resolveLiveCallbackCommand('Live.CallbackAfterSomethingNew')).toBeUndefined();
    expect(resolveLiveCallbackCommand('toString')).toBeUndefined();
    expect(resolveLiveCallbackCommand('__proto__')).toBeUndefined();
  });

  test('every fixture file is named after a known command', () => {
    expect(fixtureCommands('full')).toEqual([...LIVE_CALLBACK_COMMANDS].sort());
    expect(fixtureCommands('minimal')).toEqual([...LIVE_CALLBACK_COMMANDS].sort());
  });
});

describe.each(LIVE_CALLBACK_COMMANDS)('%s', (command) => {
  const schema = LIVE_CALLBACK_TABLE[command].schema;

  test('its full fixture validates and comes out as it went in', () => {
    const fixture = fixtureJson(command, 'full');
    expect(v.parse(schema, fixture)).toEqual(fixture);
    expect(v.parse(LiveCallbackSchema, fixture)).toEqual(fixture);
  });

  test('its minimal fixture validates, and loses validity without any one of its fields', () => {
    const fixture = fixtureJson(command, 'minimal');
    expect(v.safeParse(schema, fixture).success).toBe(true);
    for (const key of Object.keys(fixture)) {
      const { [key]: _removed, ...rest } = fixture;
      expect(v.safeParse(schema, rest).success, `${command} without ${key}`).toBe(false);
    }
  });

  test('keeps a field Tencent may add later', () => {
    const fixture = { ...fixtureJson(command), AddedByTencentLater: { nested: [1, 2] } };
    expect(v.parse(schema, fixture)).toMatchObject({ AddedByTencentLater: { nested: [1, 2] } });
  });
});
