import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseLiveCallbackQuery, type QueryInput } from '../../src/index.js';

const RAW =
  'SdkAppid=1400000001&CallbackCommand=Live.CallbackAfterCreateRoom&contenttype=json&ClientIP=203.0.113.7&OptPlatform=iOS&Sign=ab12&RequestTime=1795507200';
const EXPECTED = {
  sdkAppId: '1400000001',
  command: 'Live.CallbackAfterCreateRoom',
  contentType: 'json',
  clientIp: '203.0.113.7',
  optPlatform: 'iOS',
  sign: 'ab12',
  requestTime: 1795507200,
};

describe('parseLiveCallbackQuery reads every input form', () => {
  test.each<[string, QueryInput]>([
    ['a string', RAW],
    ['a string with ?', `?${RAW}`],
    ['a whole URL string', `https://api.example.com/live/callback?${RAW}`],
    ['a URL', new URL(`https://api.example.com/live/callback?${RAW}`)],
    ['URLSearchParams', new URLSearchParams(RAW)],
    ['a record like req.query', Object.fromEntries(new URLSearchParams(RAW))],
  ])('%s', (_, input) => {
    expect(parseLiveCallbackQuery(input)).toEqual({ success: true, output: EXPECTED });
  });

  test('a record with array values takes the first (Express with a repeated key)', () => {
    const result = parseLiveCallbackQuery({ SdkAppid: ['1400000001', '1400000002'], CallbackCommand: 'Live.CallbackAfterCreateRoom' });
    expect(result).toEqual({ success: true, output: { sdkAppId: '1400000001', command: 'Live.CallbackAfterCreateRoom' } });
  });

  test('a record with nested objects (qs) ignores them instead of throwing', () => {
    const result = parseLiveCallbackQuery({ SdkAppid: '1400000001', ClientIP: { a: 'b' } } as unknown as QueryInput);
    expect(result).toEqual({ success: true, output: { sdkAppId: '1400000001' } });
  });
});

describe('parameter names and values', () => {
  test('names are case-insensitive (SdkAppid, SdkAppId, sdkappid)', () => {
    for (const name of ['SdkAppid', 'SdkAppId', 'sdkappid', 'SDKAPPID']) {
      expect(parseLiveCallbackQuery(`${name}=1400000001`)).toMatchObject({ success: true, output: { sdkAppId: '1400000001' } });
    }
  });

  test('WebhookCommand (the overview table spelling) is read as the command', () => {
    expect(parseLiveCallbackQuery('SdkAppId=1&WebhookCommand=Live.CallbackAfterChangeOwner')).toMatchObject({
      output: { command: 'Live.CallbackAfterChangeOwner' },
    });
  });

  test.each([
    ['Mac', 'Mac'],
    ['macOS', 'Mac'],
    ['IOS', 'iOS'],
    ['ios', 'iOS'],
    ['restapi', 'RESTAPI'],
    ['IPAD', 'iPad'],
    ['HarmonyOS', 'HarmonyOS'],
  ])('OptPlatform %s becomes %s', (sent, expected) => {
    expect(parseLiveCallbackQuery(`SdkAppid=1&OptPlatform=${sent}`)).toMatchObject({ output: { optPlatform: expected } });
  });

  test('names and values are form-decoded like URLSearchParams', () => {
    const result = parseLiveCallbackQuery(
      'Sdk%41ppid=1&CallbackCommand=Live.Callback%41fterCreateRoom&ClientIP=2001%3Adb8%3A%3A1&OptPlatform=Windows+Phone',
    );
    expect(result).toEqual({
      success: true,
      output: { sdkAppId: '1', command: 'Live.CallbackAfterCreateRoom', clientIp: '2001:db8::1', optPlatform: 'Windows Phone' },
    });
  });

  test('a broken % escape is kept as sent instead of throwing', () => {
    expect(parseLiveCallbackQuery('SdkAppid=1&ClientIP=%E0%A4%A')).toEqual({
      success: true,
      output: { sdkAppId: '1', clientIp: '%E0%A4%A' },
    });
  });

  test('in a string, the first of a repeated name wins, and names without = or value are skipped', () => {
    expect(parseLiveCallbackQuery('&&SdkAppid=1&SdkAppid=2&Sign&=x&ClientIP=a=b')).toEqual({
      success: true,
      output: { sdkAppId: '1', clientIp: 'a=b' },
    });
  });

  test('names and values that are Object.prototype keys are plain text', () => {
    expect(parseLiveCallbackQuery('SdkAppid=1&constructor=x&__proto__=y&toString=z&OptPlatform=constructor')).toEqual({
      success: true,
      output: { sdkAppId: '1', optPlatform: 'constructor' },
    });
    expect(parseLiveCallbackQuery({ SdkAppid: '1', OptPlatform: '__proto__' })).toEqual({
      success: true,
      output: { sdkAppId: '1', optPlatform: '__proto__' },
    });
  });

  test('empty values are left out', () => {
    expect(parseLiveCallbackQuery('SdkAppid=1&ClientIP=&Sign=')).toEqual({ success: true, output: { sdkAppId: '1' } });
  });
});

describe('invalid queries', () => {
  test.each<[string, unknown]>([
    ['no SdkAppid', 'CallbackCommand=Live.CallbackAfterCreateRoom'],
    ['an empty SdkAppid', 'SdkAppid='],
    ['a SdkAppid that is not digits', 'SdkAppid=14000abc'],
    ['a RequestTime that is not digits', 'SdkAppid=1&RequestTime=yesterday'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 1400000001],
  ])('%s is invalid_query (400)', (_, input) => {
    const result = parseLiveCallbackQuery(input as QueryInput);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('invalid_query');
      expect(result.error.status).toBe(400);
      expect(result.error.message).toMatch(/^\[tencent-live-webhooks\] /);
    }
  });
});

describe('any query string', () => {
  test('reads the same as URLSearchParams of the same text', () => {
    const name = fc.constantFrom(
      'SdkAppid',
      'sdkappid',
      'CallbackCommand',
      'WebhookCommand',
      'ClientIP',
      'OptPlatform',
      'Sign',
      'RequestTime',
      'other',
    );
    const pairs = fc.array(fc.tuple(name, fc.oneof(fc.string(), fc.stringMatching(/^\d{1,12}$/))), { maxLength: 8 });
    fc.assert(
      fc.property(pairs, (entries) => {
        const text = new URLSearchParams(entries).toString();
        expect(parseLiveCallbackQuery(text)).toEqual(parseLiveCallbackQuery(new URLSearchParams(text)));
      }),
    );
  });

  test("Tencent's own layout (read by one regex) reads the same as any other form of the same query", () => {
    // The values Tencent sends, and ones the layout must leave to the general reader.
    const value = fc.oneof(
      fc.stringMatching(/^[\w.:]{1,20}$/),
      fc.constantFrom('', ' x', 'x ', 'a+b', 'a%20b', '2001:db8::1', 'é', 'a=b', '&'),
      fc.string(),
    );
    const layout = fc.record({
      sdkAppId: fc.oneof(fc.stringMatching(/^\d{1,12}$/), value),
      command: fc.oneof(fc.constantFrom('Live.CallbackAfterCreateRoom', 'C2C.CallbackAfterSendMsg'), value),
      contentType: fc.oneof(fc.constant('json'), value),
      clientIp: fc.oneof(fc.stringMatching(/^\d{1,3}(\.\d{1,3}){3}$/), value),
      optPlatform: fc.oneof(fc.constantFrom('RESTAPI', 'iOS', 'restapi', 'macOS'), value),
      signed: fc.option(fc.tuple(fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), value), fc.oneof(fc.stringMatching(/^\d{1,10}$/), value))),
      prefix: fc.constantFrom('', '?', '/callback?', 'https://api.example.com/cb?'),
      suffix: fc.constantFrom('', '&', '&Extra=1', '&SdkAppid=2'),
    });
    fc.assert(
      fc.property(layout, ({ sdkAppId, command, contentType, clientIp, optPlatform, signed, prefix, suffix }) => {
        // As sent: only what would end the value or the URL escaped (a broken escape is its own test above).
        const raw = (v: string) => v.replaceAll('%', '%25').replaceAll('&', '%26').replaceAll('#', '%23').replaceAll('?', '%3F');
        let text = `SdkAppid=${raw(sdkAppId)}&CallbackCommand=${raw(command)}&contenttype=${raw(contentType)}&ClientIP=${raw(clientIp)}&OptPlatform=${raw(optPlatform)}`;
        if (signed) text += `&Sign=${raw(signed[0])}&RequestTime=${raw(signed[1])}`;
        text += suffix;
        const expected = parseLiveCallbackQuery(new URLSearchParams(text));
        expect(parseLiveCallbackQuery(`${prefix}${text}`)).toEqual(expected);
        expect(parseLiveCallbackQuery(new URL(`https://h/cb?${text}`))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseLiveCallbackQuery(text).success).toBe('boolean');
      }),
    );
  });
});
