import { describe, expect, test } from 'vitest';
import { fixtureJson } from '../helpers/fixtures.js';
import { firstItemWith, fixtureWith } from '../helpers/chat-body.js';
import { parsed, refusedAt } from '../helpers/validate.js';

// The one-to-one message callbacks (PROTOCOL-CHAT.md #10-#14, 1047/34364, 34365, 43465, 43466, 76006).

const SEND_COMMANDS = ['C2C.CallbackBeforeSendMsg', 'C2C.CallbackAfterSendMsg'] as const;

describe.each(SEND_COMMANDS)('%s (1047/34364, 1047/34365)', (command) => {
  test('is valid with only the parties, MsgKey and MsgBody: the key parts, flags and custom data only describe', () => {
    const described = ['MsgSeq', 'MsgRandom', 'MsgTime', 'OnlineOnlyFlag', 'CloudCustomData'];
    const event = parsed(fixtureWith(command, Object.fromEntries(described.map((key) => [key, undefined]))));
    for (const key of described) expect(event).not.toHaveProperty(key);
  });

  test('has no EventTime, and keeps MsgTime in Unix seconds as sent', () => {
    expect(fixtureJson(command)).not.toHaveProperty('EventTime');
    expect(parsed(fixtureJson(command))).toHaveProperty('MsgTime', 1670574414);
  });

  test('refuses a message without MsgBody, naming MsgBody', () => {
    expect(refusedAt(fixtureWith(command, { MsgBody: undefined }))).toEqual(['MsgBody']);
  });

  test('turns numeric From_Account and To_Account into strings', () => {
    expect(parsed(fixtureWith(command, { From_Account: 10001, To_Account: 20001 }))).toMatchObject({
      From_Account: '10001',
      To_Account: '20001',
    });
  });

  test('reads an image element with the upper-case URL of image sizes', () => {
    const MsgBody = [
      { MsgType: 'TIMImageElem', MsgContent: { UUID: 'a1', ImageFormat: 1, ImageInfoArray: [{ Type: 1, URL: 'https://x/1.jpg' }] } },
    ];
    expect(parsed(fixtureWith(command, { MsgBody }))).toHaveProperty('MsgBody', MsgBody);
  });
});

describe('C2C.CallbackAfterSendMsg (1047/34365)', () => {
  test('keeps the request field ErrorInfo, the delivery text, which shares its name with the reply field', () => {
    expect(parsed(fixtureJson('C2C.CallbackAfterSendMsg'))).toMatchObject({ SendMsgResult: 0, ErrorInfo: 'send msg succeed' });
  });

  test('accepts a failed delivery: a non-zero SendMsgResult and an UnreadMsgNum of -1', () => {
    const body = fixtureWith('C2C.CallbackAfterSendMsg', { SendMsgResult: 80001, ErrorInfo: 'dirty words', UnreadMsgNum: -1 });
    expect(parsed(body)).toMatchObject({ SendMsgResult: 80001, UnreadMsgNum: -1 });
  });

  test('is valid without MsgId, which only the current zh table lists', () => {
    expect(parsed(fixtureWith('C2C.CallbackAfterSendMsg', { MsgId: undefined }))).not.toHaveProperty('MsgId');
  });
});

describe('C2C.CallbackAfterMsgReport (1047/43465)', () => {
  test('names the conversation by its two accounts and a read time in seconds, with no MsgKey', () => {
    expect(parsed(fixtureJson('C2C.CallbackAfterMsgReport'))).toMatchObject({ Report_Account: 'host_lily', LastReadTime: 1670574500 });
    expect(fixtureJson('C2C.CallbackAfterMsgReport')).not.toHaveProperty('MsgKey');
  });

  test('refuses a report without LastReadTime, the point it reads up to, naming it', () => {
    expect(refusedAt(fixtureWith('C2C.CallbackAfterMsgReport', { LastReadTime: undefined }))).toEqual(['LastReadTime']);
  });
});

describe('C2C.CallbackAfterMsgWithDraw (1047/43466)', () => {
  test('refuses a recall that does not say which message, naming MsgKey', () => {
    expect(refusedAt(fixtureWith('C2C.CallbackAfterMsgWithDraw', { MsgKey: undefined }))).toEqual(['MsgKey']);
  });
});

describe('C2C.CallbackAfterC2CMsgExtension (1047/76006)', () => {
  test('accepts the three samples of the page: set, delete (an empty Value) and clear (an empty list)', () => {
    const set = fixtureJson('C2C.CallbackAfterC2CMsgExtension');
    const deleted = {
      ...firstItemWith('C2C.CallbackAfterC2CMsgExtension', 'ExtensionList', { Value: '', Seq: 3 }),
      OperateType: 2,
      Seq: 3,
    };
    const cleared = fixtureWith('C2C.CallbackAfterC2CMsgExtension', { OperateType: 3, ExtensionList: [], Seq: 4 });
    for (const body of [set, deleted, cleared]) expect(parsed(body)).toEqual(body);
  });

  test('accepts a clear without ExtensionList, and an OperateType Tencent adds later', () => {
    expect(parsed(fixtureWith('C2C.CallbackAfterC2CMsgExtension', { OperateType: 4, ExtensionList: undefined }))).toHaveProperty(
      'OperateType',
      4,
    );
  });

  test('refuses an extension pair without Key, naming ExtensionList.0.Key', () => {
    const body = firstItemWith('C2C.CallbackAfterC2CMsgExtension', 'ExtensionList', { Key: undefined });
    expect(refusedAt(body)).toEqual(['ExtensionList.0.Key']);
  });
});
