import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseLiveCallback, parseLiveCallbackBody, validateLiveCallback, type BodyInput } from '../../src/index.js';
import { fixtureJson, fixtureText } from '../helpers/fixtures.js';

const ADMIN = 'Live.CallbackAfterModifyAdmin';
const adminText = fixtureText(ADMIN);
const adminJson = fixtureJson(ADMIN);

function output<T>(result: { success: true; output: T } | { success: false; error: Error }): T {
  if (!result.success) throw result.error;
  return result.output;
}

describe('parseLiveCallbackBody reads every body form', () => {
  test.each<[string, BodyInput]>([
    ['a string', adminText],
    ['a string with a BOM', `\uFEFF${adminText}`],
    ['a Uint8Array', new TextEncoder().encode(adminText)],
    ['a Buffer', Buffer.from(adminText)],
    ['an ArrayBuffer', new TextEncoder().encode(adminText).buffer],
    ['a parsed object', adminJson],
  ])('%s', (_, body) => {
    expect(output(parseLiveCallbackBody(body))).toEqual(adminJson);
  });
});

describe('long account IDs from raw text keep their digits', () => {
  test('an unquoted 18-digit Owner_Account (DestroyRoom sample, 647/64423)', () => {
    const text = fixtureText('Live.CallbackAfterDestroyRoom').replace(
      '"Owner_Account": "host_lily"',
      '"Owner_Account": 144115216631667826',
    );
    expect(JSON.parse(text).RoomInfo.Owner_Account).toBe(144115216631667840);
    const event = output(parseLiveCallbackBody(text));
    expect(event.CallbackCommand === 'Live.CallbackAfterDestroyRoom' && event.RoomInfo.Owner_Account).toBe('144115216631667826');
  });

  test('unquoted 18-digit Member_Account values in a seat list (647/64425)', () => {
    const text =
      '{"CallbackCommand":"Mic.CallbackAfterSeatInfoChanged","RoomId":"r","SeatList":[{"Index":0,"Member_Account":144115233775727695,"IsTakenDisabled":false,"IsVideoDisabled":false,"IsAudioDisabled":false}],"EventTime":1670574414123}';
    const event = output(parseLiveCallbackBody(text));
    expect(event.CallbackCommand === 'Mic.CallbackAfterSeatInfoChanged' && event.SeatList[0]?.Member_Account).toBe('144115233775727695');
  });

  test('short numeric IDs become strings too, and other numbers stay numbers', () => {
    const text =
      '{"CallbackCommand":"Live.CallbackAfterModifyAdmin","RoomId":"r","Admin_Account":[10001, 144115245442327522],"opType":"add","Operator_Account":42,"EventTime":1670574414123}';
    expect(output(parseLiveCallbackBody(text))).toMatchObject({
      Admin_Account: ['10001', '144115245442327522'],
      Operator_Account: '42',
      EventTime: 1670574414123,
    });
  });

  test('digits inside strings, fractions and exponents are untouched', () => {
    const extra =
      '"Note":"id 1234567890123456789 \\"q\\" 1234567890123456789","Url":"https://x/1234567890123456789.png","Ratio":1234567890123456.5,"Big":12345678901234567e3,"Neg":-12.5e-7';
    const text = adminText.replace('{', `{${extra},`);
    expect(output(parseLiveCallbackBody(text))).toMatchObject({
      Note: 'id 1234567890123456789 "q" 1234567890123456789',
      Url: 'https://x/1234567890123456789.png',
      Ratio: 1234567890123456.5,
      Big: 12345678901234567e3,
      Neg: -12.5e-7,
    });
  });

  test('a lone 16-digit ID that JSON.parse would round is found at every offset', () => {
    expect(JSON.parse('9999999999999999')).toBe(1e16);
    for (let padding = 0; padding < 40; padding++) {
      const text = `{"CallbackCommand":"${ADMIN}","Note":"${'x'.repeat(padding)}","RoomId":"r","Admin_Account":["a"],"opType":"add","Operator_Account":9999999999999999,"EventTime":1670574414123}`;
      expect(output(parseLiveCallbackBody(text))).toMatchObject({ Operator_Account: '9999999999999999' });
    }
  });

  test('any integer of 16 or more digits, at any position, keeps its digits; strings before it stay as sent', () => {
    const longInteger = fc
      .tuple(fc.boolean(), fc.oneof(fc.stringMatching(/^[1-9]\d{15}$/), fc.stringMatching(/^[1-9]\d{16,30}$/)))
      .map(([negative, digits]) => (negative ? `-${digits}` : digits));
    fc.assert(
      fc.property(fc.string(), longInteger, longInteger, (note, admin, operator) => {
        const text = `{"CallbackCommand":"${ADMIN}","Note":${JSON.stringify(note)},"RoomId":"r","Admin_Account":[${admin}],"opType":"add","Operator_Account":${operator},"EventTime":1670574414123}`;
        expect(output(parseLiveCallbackBody(text))).toMatchObject({
          Note: note,
          Admin_Account: [admin],
          Operator_Account: operator,
          EventTime: 1670574414123,
        });
      }),
      { numRuns: 500 },
    );
  });

  test('a long integer is found whatever the layout around it; long digit runs in strings stay as sent', () => {
    const space = fc.constantFrom('', ' ', '\n', '\r\n', '\t', '\n    ');
    const digits = fc.stringMatching(/^-?[1-9]\d{15,25}$/);
    // Strings such as Chat's MsgId ("144115233406643804-1670574414-2837546"), also right after a separator.
    const note = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.constantFrom('', ':', ',', '[', ' ', '-', '\n', 'id '), digits, fc.constantFrom('', '-1670574414', ']', ' x'))
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(space, digits, note, (s, id, text) => {
        const body = `{${s}"CallbackCommand":${s}"${ADMIN}",${s}"Note":${s}${JSON.stringify(text)},"RoomId":"r","Admin_Account":[${s}${id}${s},${s}${id}],"opType":"add","Operator_Account":${s}${id}${s},"EventTime":1}`;
        expect(output(parseLiveCallbackBody(body))).toMatchObject({ Note: text, Admin_Account: [id, id], Operator_Account: id });
      }),
      { numRuns: 1000 },
    );
  });

  test('any other JSON keeps its value; only integers written with more than 15 digits become their digits', () => {
    const expected = (value: unknown): unknown => {
      if (typeof value === 'number') return /^-?\d{16,}$/.test(String(value)) ? String(value) : value;
      if (Array.isArray(value)) return value.map(expected);
      if (typeof value === 'object' && value !== null)
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expected(item)]));
      return value;
    };
    fc.assert(
      fc.property(fc.jsonValue(), (extra) => {
        const text = JSON.stringify(extra);
        const body = `{"CallbackCommand":"${ADMIN}","Extra":${text},"RoomId":"r","Admin_Account":[],"opType":"add","Operator_Account":"a","EventTime":1}`;
        expect(output(parseLiveCallbackBody(body))).toHaveProperty('Extra', expected(JSON.parse(text)));
      }),
      { numRuns: 1000 },
    );
  });

  test('an already rounded number (parsed by someone else) is refused, not passed on wrong', () => {
    const result = parseLiveCallbackBody({ ...adminJson, Operator_Account: Number('144115216631667826') });
    expect(result.success || [result.error.code, result.error.message]).toEqual(['invalid_payload', expect.stringContaining('2^53')]);
  });
});

describe('which command a body is', () => {
  test("the body's CallbackCommand wins over the query's", () => {
    const result = output(parseLiveCallback('SdkAppid=1&CallbackCommand=Live.CallbackAfterCreateRoom', adminText));
    expect(result.event.CallbackCommand).toBe(ADMIN);
  });

  test("the query's command is used when the body has none", () => {
    const { CallbackCommand: _, ...withoutCommand } = adminJson;
    const result = output(parseLiveCallback(`SdkAppid=1&CallbackCommand=${ADMIN}`, JSON.stringify(withoutCommand)));
    expect(result.event.CallbackCommand).toBe(ADMIN);
  });

  test.each([
    ['Live.CallbackMemberStateChanged', 'Live.CallbackAfterMemberStateChanged'],
    ['Follow.CallbackAfterCloudRecordingChanged', 'Live.CallbackAfterCloudRecordingChanged'],
  ])('the documented alias %s is read as %s', (alias, canonical) => {
    const body = { ...fixtureJson(canonical), CallbackCommand: alias };
    expect(output(parseLiveCallbackBody(body)).CallbackCommand).toBe(canonical);
  });

  test('DelMetadata keeps its own command although its page says SetMetadata in the query', () => {
    const result = output(
      parseLiveCallback('SdkAppid=1&CallbackCommand=Live.CallbackAfterSetMetadata', fixtureText('Live.CallbackAfterDelMetadata')),
    );
    expect(result.event.CallbackCommand).toBe('Live.CallbackAfterDelMetadata');
  });
});

describe('errors', () => {
  test.each<[string, unknown, string, number]>([
    ['broken JSON', '{"CallbackCommand": ', 'invalid_json', 400],
    ['an empty body', '', 'invalid_json', 400],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'invalid_json', 400],
    ['undefined', undefined, 'invalid_json', 400],
    ['an array', '[1,2]', 'invalid_payload', 400],
    ['a number', '42', 'invalid_payload', 400],
    ['null', 'null', 'invalid_payload', 400],
    ['no command anywhere', '{"RoomId":"r"}', 'unknown_command', 200],
    ['an unknown command', '{"CallbackCommand":"Live.CallbackAfterSomethingNew"}', 'unknown_command', 200],
    ['a missing documented field', JSON.stringify({ ...adminJson, Admin_Account: undefined }), 'invalid_payload', 400],
    ['a wrongly typed field', JSON.stringify({ ...adminJson, EventTime: true }), 'invalid_payload', 400],
  ])('%s gives %s', (_, body, code, status) => {
    const result = parseLiveCallbackBody(body as BodyInput);
    expect(result.success || [result.error.code, result.error.status, result.error.name]).toEqual([code, status, 'LiveCallbackError']);
  });

  test('invalid_payload keeps valibot issues and names the path', () => {
    const result = parseLiveCallbackBody({ ...adminJson, Admin_Account: ['ok', true] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues?.[0]?.path?.map((item) => item.key)).toEqual(['Admin_Account', 1]);
      expect(result.error.message).toContain('Admin_Account.1');
    }
  });

  test.each(['{oops}', '', ' \r\n\t'])('body %j keeps the SyntaxError as cause', (body) => {
    const result = parseLiveCallbackBody(body);
    expect(result.success || result.error.cause).toBeInstanceOf(SyntaxError);
  });

  test('an empty body says so', () => {
    const result = parseLiveCallbackBody(new Uint8Array(0));
    expect(result.success || result.error.message).toContain('the request body is empty');
  });

  test('an object whose properties throw when read is invalid_payload, not a throw', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const result = parseLiveCallbackBody(hostile);
    expect(result.success || [result.error.code, (result.error.cause as Error).message]).toEqual(['invalid_payload', 'boom']);
  });

  test('validateLiveCallback takes parsed JSON only: a string is not parsed', () => {
    expect(validateLiveCallback(adminJson).success).toBe(true);
    expect(validateLiveCallback(adminText).success).toBe(false);
  });
});

describe('any body at all gives a result, never a throw or prototype pollution', () => {
  test('arbitrary JSON values, strings and bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string(),
          fc.uint8Array(),
          fc.jsonValue(),
        ),
        (body) => {
          const result = parseLiveCallbackBody(body as BodyInput);
          expect(typeof result.success).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('__proto__, constructor and prototype keys', () => {
    const bodies = [
      `{"CallbackCommand":"${ADMIN}","__proto__":{"polluted":true},"RoomId":"r","Admin_Account":[],"opType":"add","Operator_Account":"a","EventTime":1}`,
      '{"__proto__":{"polluted":true},"CallbackCommand":"Live.CallbackAfterSomethingNew"}',
      `{"CallbackCommand":"${ADMIN}","constructor":{"prototype":{"polluted":true}},"RoomId":"r","Admin_Account":[],"opType":"add","Operator_Account":"a","EventTime":1}`,
      '{"__proto__":{"CallbackCommand":"Live.CallbackAfterModifyAdmin"}}',
    ];
    for (const body of bodies) {
      parseLiveCallbackBody(body);
      parseLiveCallback(`SdkAppid=1&CallbackCommand=${ADMIN}`, body);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('CallbackCommand');
  });

  test('a deeply nested body and a huge one', () => {
    const deep = `{"CallbackCommand":"${ADMIN}","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(typeof parseLiveCallbackBody(deep).success).toBe('boolean');
    const huge = JSON.stringify({ ...adminJson, Admin_Account: Array.from({ length: 100_000 }, (_, i) => `user_${i}`) });
    expect(parseLiveCallbackBody(huge).success).toBe(true);
  });
});
