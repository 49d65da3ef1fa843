import { describe, expect, test } from 'vitest';
import { fixtureJson } from '../helpers/fixtures.js';
import { fixtureWith } from '../helpers/chat-body.js';
import { parsed, refusedAt } from '../helpers/validate.js';

// The chatbot message callbacks (PROTOCOL-CHAT.md #15, #16, 1047/68952, 1047/68953).

describe('Bot.OnC2CMessage (1047/68952)', () => {
  test('is the C2C after-send body to an @RBT# account, plus a millisecond EventTime, which may come quoted', () => {
    const event = parsed(fixtureWith('Bot.OnC2CMessage', { EventTime: '1670574414123' }));
    expect(event).toMatchObject({ To_Account: '@RBT#assistant', SendMsgResult: 0, EventTime: 1670574414123 });
    expect(event).not.toHaveProperty('UnreadMsgNum');
  });

  test('keeps SupportMessageExtension and SyncOtherMachine, which public test payloads add', () => {
    const body = fixtureWith('Bot.OnC2CMessage', { SupportMessageExtension: 0, SyncOtherMachine: 1 });
    expect(parsed(body)).toMatchObject({ SupportMessageExtension: 0, SyncOtherMachine: 1 });
  });

  test('refuses a message without MsgKey, naming MsgKey', () => {
    expect(refusedAt(fixtureWith('Bot.OnC2CMessage', { MsgKey: undefined }))).toEqual(['MsgKey']);
  });
});

describe('Bot.OnGroupMessage (1047/68953)', () => {
  test('keeps the sample text with its doubled @ and several mentioned bots', () => {
    const MsgBody = [{ MsgType: 'TIMTextElem', MsgContent: { Text: '@@RBT#001 hello' } }];
    const body = fixtureWith('Bot.OnGroupMessage', { MsgBody, AtRobots_Account: ['@RBT#001', '@RBT#002'], Type: 'Public' });
    expect(parsed(body)).toMatchObject({ MsgBody, AtRobots_Account: ['@RBT#001', '@RBT#002'], Type: 'Public' });
  });

  test('is valid without TopicId, which the sample does not carry, nor the descriptive Type, Random, MsgTime, OnlineOnlyFlag', () => {
    const described = { TopicId: undefined, Type: undefined, Random: undefined, MsgTime: undefined, OnlineOnlyFlag: undefined };
    expect(Object.keys(parsed(fixtureWith('Bot.OnGroupMessage', described)))).not.toContain('TopicId');
  });

  test('refuses a mention that does not say which bots, naming AtRobots_Account', () => {
    expect(refusedAt(fixtureWith('Bot.OnGroupMessage', { AtRobots_Account: undefined }))).toEqual(['AtRobots_Account']);
  });

  test('refuses a body without GroupId, naming GroupId, and keeps a group type Tencent adds later', () => {
    expect(refusedAt(fixtureWith('Bot.OnGroupMessage', { GroupId: undefined }))).toEqual(['GroupId']);
    expect(parsed(fixtureWith('Bot.OnGroupMessage', { Type: 'Channel' }))).toHaveProperty('Type', 'Channel');
  });

  test('has the group Random of the send request, not the MsgRandom of one-to-one messages', () => {
    expect(fixtureJson('Bot.OnGroupMessage')).toHaveProperty('Random');
    expect(fixtureJson('Bot.OnGroupMessage')).not.toHaveProperty('MsgRandom');
  });
});
