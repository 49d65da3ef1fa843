import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE, LiveCallbackSchema, resolveLiveCallbackCommand } from '../src/index.js';
import { fixtureCommands, fixtureJson } from './helpers/fixtures.js';

/** Commands that wait for a decision without "Before" or "Prev" in their name. */
const REPLY_BEARING = ['Chatbot.OnC2CSignalMessage'];

describe('the catalogue', () => {
  test('lists each command once, each filed under the command its schema accepts', () => {
    expect(new Set(LIVE_CALLBACK_COMMANDS).size).toBe(LIVE_CALLBACK_COMMANDS.length);
    for (const command of LIVE_CALLBACK_COMMANDS) {
      const entries = (LIVE_CALLBACK_TABLE[command].schema as unknown as v.LooseObjectSchema<v.ObjectEntries, undefined>).entries;
      expect(v.is(entries.CallbackCommand!, command), command).toBe(true);
    }
  });

  test('Before callbacks are the ones whose name says so (or that carry a reply), and only they take decisions', () => {
    for (const command of LIVE_CALLBACK_COMMANDS) {
      const spec = LIVE_CALLBACK_TABLE[command];
      const waits = /\.Callback(Before|Prev)/.test(command) || REPLY_BEARING.includes(command);
      expect(spec.phase, command).toBe(waits ? 'before' : 'after');
      expect(spec.decisions.length > 0, command).toBe(waits);
    }
  });

  test('Live and Mic commands come from the Live URL, every other family from the Chat URL', () => {
    for (const command of LIVE_CALLBACK_COMMANDS) {
      expect(LIVE_CALLBACK_TABLE[command].source, command).toBe(/^(Live|Mic)\./.test(command) ? 'live' : 'chat');
    }
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
