import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import { afterAll, describe, expect, test } from 'vitest';
import { LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE, parseLiveCallbackBody, type LiveCallbackCommand } from '../../src/index.js';
import { isUnchangedBy } from '../../src/parse/unchanged.js';
import { fixtureJson } from '../helpers/fixtures.js';

/*
 * The validation fast path against valibot, the source of truth, on every command: whenever the fast
 * path says a body is unchanged by validation, valibot must accept it and return an equal value. Bodies
 * are the fixtures, mutations of them (a field removed, replaced by any JSON value or a tricky one,
 * an unknown or hostile key added, at any depth) and hostile JSON texts.
 */

type Json = unknown;
type Path = (string | number)[];

const counts = { bodies: 0, fastPath: 0, valibotAccepted: 0, valibotRejected: 0 };
afterAll(() => {
  console.log(
    `fast path vs valibot: ${counts.bodies} bodies over ${LIVE_CALLBACK_COMMANDS.length} commands; fast path taken for ${counts.fastPath}; valibot accepted ${counts.valibotAccepted}, rejected ${counts.valibotRejected}`,
  );
});

/** The property itself: fast path "unchanged" implies valibot accepts it and returns an equal value. */
function agrees(command: LiveCallbackCommand, body: Json): boolean {
  const { schema } = LIVE_CALLBACK_TABLE[command];
  const fast = isUnchangedBy(schema, body);
  const result = v.safeParse(schema, body);
  counts.bodies++;
  if (fast) counts.fastPath++;
  if (result.success) counts.valibotAccepted++;
  else counts.valibotRejected++;
  if (!fast) return true;
  return result.success && isDeepStrictEqual(result.output, body) && sameKeysDeep(result.output, body);
}

/** isDeepStrictEqual ignores nothing but key order; this also insists every object has the same key set. */
function sameKeysDeep(a: Json, b: Json): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return true;
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  return isDeepStrictEqual(keysA, keysB) && keysA.every((key) => sameKeysDeep((a as never)[key], (b as never)[key]));
}

/** Every path to a value inside the body (not the body itself). */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as never)[key], [...prefix, key])]);
}

/** Every path to an object inside the body, the body included. */
function objectPathsOf(value: Json, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  const inner = keys.flatMap((key) => objectPathsOf((value as never)[key], [...prefix, key]));
  return Array.isArray(value) ? inner : [prefix, ...inner];
}

/** A copy of `root` with `change` applied to the parent of `path`'s last key. */
function edited(root: Json, path: Path, change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path.at(-1) as string | number);
  return copy;
}

/** Sets an own property, also for `__proto__` (plain assignment would set the prototype instead). */
function defineOwn(target: object, key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Values that sit on the edges valibot cares about: types, transforms, unions, discriminators. */
const trickyValue = fc.oneof(
  fc.constantFrom<Json>(
    null,
    '',
    '0',
    '1795507185123',
    '17955071851234567',
    1795507185123,
    // An 18-digit account ID as a JSON.parse that knew no better left it: rounded.
    Number('144115216631667826'),
    -1,
    1.5,
    0,
    true,
    false,
    [],
    {},
    ['a'],
    [1],
    { MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } },
    { MsgType: 'TIMLaterElem', MsgContent: {} },
    { MsgType: 'TIMTextElem', MsgContent: {} },
    { MsgType: 'TIMCustomElem' },
    'TIMTextElem',
    'Live.CallbackAfterCreateRoom',
    // Not JSON, but validateLiveCallback also takes objects some middleware built.
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    undefined,
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'Extra'), fc.string());

/** One mutation of a body: a field removed, replaced, or a key added, anywhere. */
function mutation(body: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(body);
  const replace = fc.tuple(fc.constantFrom(...paths), trickyValue).map(([path, value]) =>
    edited(body, path, (parent, key) => {
      parent[key] = value;
    }),
  );
  const remove = fc.constantFrom(...paths).map((path) =>
    edited(body, path, (parent, key) => {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    }),
  );
  const add = fc
    .tuple(fc.constantFrom(...objectPathsOf(body)), hostileKey, trickyValue)
    .map(([path, key, value]) => edited(body, [...path, key], (parent, k) => defineOwn(parent, k, value)));
  return fc.oneof(replace, remove, add);
}

/** One or two mutations, so combinations (a removed field and a wrong type elsewhere) come up too. */
function mutated(body: Json): fc.Arbitrary<Json> {
  return mutation(body).chain((once) => (pathsOf(once).length === 0 ? fc.constant(once) : fc.oneof(fc.constant(once), mutation(once))));
}

const bodiesOf = (command: string): Json[] => {
  const bodies: Json[] = [fixtureJson(command)];
  try {
    bodies.push(fixtureJson(command, 'minimal'));
  } catch {
    // Not every command has a minimal fixture.
  }
  return bodies;
};

describe.each(LIVE_CALLBACK_COMMANDS.map((command) => [command]))('%s: fast path and valibot agree', (command) => {
  const bodies = bodiesOf(command);

  test('on the fixtures, where the fast path is taken whenever valibot returns the body unchanged', () => {
    for (const body of bodies) {
      expect(agrees(command, body)).toBe(true);
      const result = v.safeParse(LIVE_CALLBACK_TABLE[command].schema, body);
      if (result.success && isDeepStrictEqual(result.output, body))
        expect(isUnchangedBy(LIVE_CALLBACK_TABLE[command].schema, body)).toBe(true);
    }
  });

  test('on mutated bodies, as objects and as JSON text parsed again', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bodies).chain(mutated), (body) => {
        expect(agrees(command, body)).toBe(true);
        expect(agrees(command, JSON.parse(JSON.stringify(body)))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('hostile bodies', () => {
  const command: LiveCallbackCommand = 'C2C.CallbackAfterSendMsg';
  const text = JSON.stringify(fixtureJson(command));

  test.each([
    ['an own __proto__ key', text.replace('{', '{"__proto__":{"polluted":true},')],
    ['an own constructor key', text.replace('{', '{"constructor":"x",')],
    ['__proto__ inside a message element', text.replace('"MsgContent":{', '"MsgContent":{"__proto__":{"Text":1},')],
    ['a prototype key in a message element', text.replace('{"MsgType"', '{"prototype":1,"MsgType"')],
    ['an element without MsgType', text.replace('"MsgType":"TIMTextElem",', '')],
    ['an element of a later MsgType', text.replace('"TIMTextElem"', '"TIMLaterElem"')],
    ['a numeric account ID', text.replace('"viewer_ming"', '10001')],
    ['a rounded 18-digit account ID', text.replace('"viewer_ming"', '144115216631667826')],
    [
      'a duplicated key, the later one wrong',
      text.replace('{', '{"From_Account":"a",').replace('"From_Account":"viewer_ming"', '"From_Account":1.5'),
    ],
    ['deep nesting in an unknown field', text.replace('{', `{"Deep":${'['.repeat(2000)}${']'.repeat(2000)},`)],
  ])('%s', (_, hostile) => {
    const body = JSON.parse(hostile);
    expect(agrees(command, body)).toBe(true);
  });

  test('objects that are not plain JSON go to valibot', () => {
    const plain = fixtureJson(command);
    const { schema } = LIVE_CALLBACK_TABLE[command];
    expect(isUnchangedBy(schema, plain)).toBe(true);
    expect(isUnchangedBy(schema, Object.assign(Object.create(null), plain))).toBe(false);
    expect(isUnchangedBy(schema, Object.assign(new (class Body {})(), plain))).toBe(false);
    expect(isUnchangedBy(schema, [plain])).toBe(false);
  });

  test('an event the fast path passes is the parsed body itself; one valibot normalises is a copy', () => {
    const plain = fixtureJson(command);
    expect(parseLiveCallbackBody(plain)).toEqual({ success: true, output: plain });
    expect((parseLiveCallbackBody(plain) as { output: unknown }).output).toBe(plain);
    const numeric = { ...plain, From_Account: 10001 };
    const normalised = parseLiveCallbackBody(numeric) as unknown as { success: true; output: Record<string, unknown> };
    expect(normalised.output).not.toBe(numeric);
    expect(normalised.output.From_Account).toBe('10001');
  });
});
