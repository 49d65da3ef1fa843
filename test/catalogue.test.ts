import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { LIVE_CALLBACK_DOCS } from '../src/catalogue/index.js';
import { LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE, LiveCallbackSchema, resolveLiveCallbackCommand } from '../src/index.js';
import { fixtureCommands, fixtureJson } from './helpers/fixtures.js';
import { schemaFields, valueFields } from './helpers/schema-fields.js';

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

  test('its texts (tencent-live-webhooks/catalogue) name exactly its commands, in its order, each with a summary and a doc page', () => {
    expect(Object.keys(LIVE_CALLBACK_DOCS)).toEqual(LIVE_CALLBACK_COMMANDS);
    expect(Object.isFrozen(LIVE_CALLBACK_DOCS)).toBe(true);
    for (const command of LIVE_CALLBACK_COMMANDS) {
      const { doc, summary } = LIVE_CALLBACK_DOCS[command];
      expect(doc, command).toMatch(/^\d+\/\d+$/);
      expect(summary.trim(), command).not.toBe('');
    }
  });

  test('its rows carry no texts: they stay out of the core bundle', () => {
    for (const command of LIVE_CALLBACK_COMMANDS)
      expect(Object.keys(LIVE_CALLBACK_TABLE[command]).sort(), command).toEqual(['aliases', 'decisions', 'phase', 'schema', 'source']);
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

  test('its full fixture carries every field its schema knows, at every depth', () => {
    const carried = new Set(valueFields(fixtureJson(command, 'full')));
    expect(schemaFields(schema).filter((path) => !carried.has(path))).toEqual([]);
  });

  test('its minimal fixture validates, and loses validity without any one of its fields, at any depth', () => {
    const fixture = fixtureJson(command, 'minimal');
    expect(v.safeParse(schema, fixture).success).toBe(true);
    for (const path of keyPaths(fixture)) {
      expect(v.safeParse(schema, without(fixture, path)).success, `${command} without ${path.join('.')}`).toBe(false);
    }
  });

  test('keeps a field Tencent may add later', () => {
    const fixture = { ...fixtureJson(command), AddedByTencentLater: { nested: [1, 2] } };
    expect(v.parse(schema, fixture)).toMatchObject({ AddedByTencentLater: { nested: [1, 2] } });
  });
});

/* Paths into a fixture, so the minimal fixture test drops nested keys too (RoomInfo, GiftWater, SeatList[]). */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every key of a value as a path of keys and array indexes, outermost first. */
function keyPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, [...prefix, index]));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => [[...prefix, key], ...keyPaths(inner, [...prefix, key])]);
}

/** A deep copy of `value` without the key at `path`. */
function without(value: Json, path: (string | number)[]): Json {
  const copy = structuredClone(value);
  const parent = path.slice(0, -1).reduce<unknown>((at, key) => (at as Json)[key as string], copy) as Json;
  delete parent[path.at(-1) as string];
  return copy;
}
