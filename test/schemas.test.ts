import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { LIVE_CALLBACK_DOCS } from '../src/catalogue/index.js';
import * as library from '../src/index.js';
import { LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE, validateLiveCallback } from '../src/index.js';
// @ts-expect-error plain JavaScript script, no types
import { renderSchemaFiles } from '../scripts/schemas.mjs';
import { fixtureJson } from './helpers/fixtures.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const committed = (path: string) => readFileSync(`${root}${path}`, 'utf8');
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/* The shipped files, as a user's tool would load them. */
const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: false });
for (const command of LIVE_CALLBACK_COMMANDS) ajv.addSchema(JSON.parse(committed(`schemas/${command}.json`)), `${command}.json`);
const anyCallback = ajv.compile(JSON.parse(committed('schemas/index.json')));
const openApi = JSON.parse(committed('openapi.json'));

describe('generated files', () => {
  test('schemas/ and openapi.json are the ones rendered from the catalogue', () => {
    const rendered: Record<string, string> = renderSchemaFiles(library, LIVE_CALLBACK_DOCS);
    for (const [path, text] of Object.entries(rendered)) expect(committed(path), `${path} is stale: run npm run build`).toBe(text);
    expect(
      readdirSync(`${root}schemas`)
        .map((name) => `schemas/${name}`)
        .sort(),
      'schemas/ holds other files',
    ).toEqual(
      Object.keys(rendered)
        .filter((path) => path.startsWith('schemas/'))
        .sort(),
    );
  });

  test('the package ships them', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    const shipped = new Set((packed.files as { path: string }[]).map((file) => file.path));
    for (const command of LIVE_CALLBACK_COMMANDS) expect(shipped).toContain(`schemas/${command}.json`);
    expect(shipped).toContain('schemas/index.json');
    expect(shipped).toContain('openapi.json');
    const exports = JSON.parse(committed('package.json')).exports;
    expect(exports['./schemas/*']).toBe('./schemas/*');
    expect(exports['./openapi.json']).toBe('./openapi.json');
  }, 30_000); // npm pack lists the package in a second or two, more on a busy machine
});

/** Every place in a JSON value: the path to it and the value there. */
function* places(value: Json, path: (string | number)[] = []): Generator<{ path: (string | number)[]; value: Json }> {
  if (path.length > 0) yield { path, value };
  if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* places(item, [...path, index]);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) yield* places(item, [...path, key]);
}

/** A copy of `value` with the place at `path` replaced, or removed when `replacement` is undefined. */
function changed(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(value);
  let parent = copy as JsonObject;
  for (const key of path.slice(0, -1)) parent = parent[key] as JsonObject;
  const last = path.at(-1) as string;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/**
 * Values of other JSON types to put in place of `value`: a number where a string is, an object where
 * an array is, and so on. A field may take several types (an account ID is a string or an integer),
 * so not every one of them is wrong for it; at least one is.
 */
function wrongTypes(value: Json): Json[] {
  if (typeof value === 'string') return [12.5, true, {}]; // 12.5: not even an integer account ID
  if (typeof value === 'number') return ['twelve', true, {}]; // not digits either, so no timestamp takes it
  if (typeof value === 'boolean') return ['yes', 0];
  if (Array.isArray(value)) return [{}, 'list'];
  if (value !== null) return [[], 'object'];
  return [];
}

describe.each(LIVE_CALLBACK_COMMANDS)('%s', (command) => {
  const schema = ajv.getSchema(`${command}.json`)!;
  /** Both verdicts on one body: its command's JSON Schema, the index schema and the library. */
  const verdicts = (body: Json) => ({ jsonSchema: schema(body), index: anyCallback(body), valibot: validateLiveCallback(body).success });

  test.each(['full', 'minimal'] as const)('its %s fixture passes the JSON Schemas and valibot', (kind) => {
    expect(verdicts(fixtureJson(command, kind) as Json)).toEqual({ jsonSchema: true, index: true, valibot: true });
  });

  test.each(['full', 'minimal'] as const)('the two agree on the %s fixture with any one field dropped', (kind) => {
    const fixture = fixtureJson(command, kind) as Json;
    for (const { path } of places(fixture)) {
      if (typeof path.at(-1) === 'number') continue; // an array element is not a field
      const { jsonSchema, index, valibot } = verdicts(changed(fixture, path, undefined));
      expect({ jsonSchema, index }, `${command} ${kind} without ${path.join('.')}`).toEqual({ jsonSchema: valibot, index: valibot });
    }
  });

  test('dropping a required field fails both', () => {
    const fixture = fixtureJson(command, 'minimal') as JsonObject;
    for (const key of Object.keys(fixture)) {
      expect(verdicts(changed(fixture, [key], undefined)), `${command} without ${key}`).toEqual({
        jsonSchema: false,
        index: false,
        valibot: false,
      });
    }
  });

  test('the two agree on a field of the wrong type, at any depth, and some wrong type fails both', () => {
    const fixture = fixtureJson(command, 'full') as Json;
    for (const { path, value } of places(fixture)) {
      const where = `${command} with ${path.join('.')} =`;
      let failedBoth = 0;
      for (const replacement of wrongTypes(value)) {
        const seen = verdicts(changed(fixture, path, replacement));
        // Known gap: valibot's object schemas take an array (typeof [] is "object") when none of their
        // fields is required, so there an array passes valibot wherever an empty object does. The JSON
        // Schema says "object", as the TypeScript type does.
        const lenient = Array.isArray(replacement) && validateLiveCallback(changed(fixture, path, {})).success;
        const expected = lenient
          ? { ...seen, jsonSchema: false, index: false }
          : { ...seen, jsonSchema: seen.valibot, index: seen.valibot };
        expect(seen, `${where} ${JSON.stringify(replacement)}`).toEqual(expected);
        if (!seen.valibot && !seen.jsonSchema) failedBoth++;
      }
      if (wrongTypes(value).length > 0) expect(failedBoth, `${where} anything of another type`).toBeGreaterThan(0);
    }
  });

  test('an account ID may be an integer, a timestamp a digit string, as valibot accepts them', () => {
    const schemaFile = JSON.parse(committed(`schemas/${command}.json`));
    expect(schemaFile.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schemaFile.required).toContain('CallbackCommand');
    const fixture = fixtureJson(command, 'full') as Json;
    for (const { path, value } of places(fixture)) {
      const key = String(path.at(-1) ?? '');
      const alternative =
        typeof value === 'string' && /_Account$/.test(key) && /^\d{1,15}$/.test(value)
          ? Number(value)
          : typeof value === 'number' && /^(EventTime|CallbackTs)$/.test(key)
            ? String(value)
            : undefined;
      if (alternative === undefined) continue;
      expect(verdicts(changed(fixture, path, alternative)), `${command} with ${path.join('.')} = ${JSON.stringify(alternative)}`).toEqual({
        jsonSchema: true,
        index: true,
        valibot: true,
      });
    }
  });
});

describe('openapi.json', () => {
  test('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(openApi));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  test('the validator does catch a broken document', async () => {
    const broken = structuredClone(openApi);
    broken.webhooks[LIVE_CALLBACK_COMMANDS[0]!].post.responses = { 200: { content: {} } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  test('has one webhook per command, whose body is the command schema', () => {
    expect(Object.keys(openApi.webhooks)).toEqual([...LIVE_CALLBACK_COMMANDS]);
    for (const command of LIVE_CALLBACK_COMMANDS) {
      const operation = openApi.webhooks[command].post;
      expect(operation.requestBody.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${command}` });
      const { $schema: _draft, ...body } = JSON.parse(committed(`schemas/${command}.json`));
      expect(openApi.components.schemas[command]).toEqual(body);
      const names = operation.parameters.map(
        (parameter: { $ref?: string; name?: string }) => parameter.name ?? parameter.$ref?.split('/').at(-1),
      );
      expect(names).toEqual(['SdkAppid', 'CallbackCommand', 'contenttype', 'ClientIP', 'OptPlatform', 'Sign', 'RequestTime']);
    }
  });
});

describe('the reply schemas of openapi.json', () => {
  // The document as one schema resource, so the components' "#/components/..." refs resolve.
  const replies = new Ajv2020({ strict: false });
  replies.addSchema(openApi, 'openapi.json');
  const replySchema = (command: string) =>
    replies.getSchema(`openapi.json#/webhooks/${command.replaceAll('/', '~1')}/post/responses/200/content/application~1json/schema`)!;

  test('describe what the library answers to each decision', async () => {
    const live = library.createLiveCallbacks({ allowAnySdkAppId: true });
    const MsgBody = [{ MsgType: 'TIMTextElem' as const, MsgContent: { Text: '***' } }];
    const decisions = {
      allow: library.allow(),
      reject: library.reject(102101, 'daily limit reached'),
      drop: library.drop(),
      replace: library.replaceMessage({ MsgBody, CloudCustomData: 'filtered' }),
    };
    let decision: library.LiveDecision = decisions.allow;
    let checked = 0;
    for (const command of LIVE_CALLBACK_COMMANDS) {
      const spec = LIVE_CALLBACK_TABLE[command];
      live.on(command, () => (spec.phase === 'before' ? decision : undefined) as never);
      const kinds = spec.phase === 'before' ? spec.decisions.filter((kind) => kind in decisions) : ['allow' as const];
      for (const kind of kinds) {
        decision = decisions[kind as keyof typeof decisions];
        const reply = await live.handleLiveCallback(`SdkAppid=1400000001&CallbackCommand=${command}`, JSON.stringify(fixtureJson(command)));
        expect(replySchema(command)(reply.body), `${command} ${kind}: ${JSON.stringify(reply.body)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(LIVE_CALLBACK_COMMANDS.length);
  });

  test('reject a reply that is not one', () => {
    const gift = replySchema('Live.CallbackBeforeSendGift');
    expect(gift({ ActionStatus: 'OK', ErrorCode: 0 })).toBe(false);
    expect(gift({ ActionStatus: 'MAYBE', ErrorCode: 0, ErrorInfo: '' })).toBe(false);
    const message = replySchema('Group.CallbackBeforeSendMsg');
    expect(
      message({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }] }),
    ).toBe(true);
    expect(message({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', MsgBody: 'hi' })).toBe(false);
    expect(message({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', CloudCustomData: 7 })).toBe(false);
  });
});
