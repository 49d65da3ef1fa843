import { describe, expect, test } from 'vitest';
import { fixtureJson } from '../helpers/fixtures.js';
import { firstItemWith, fixtureWith } from '../helpers/chat-body.js';
import { parsed, refusedAt } from '../helpers/validate.js';

// The relationship-chain callbacks (PROTOCOL-CHAT.md #4-#9, 1047/43468, 43467, 34359-34362).

const REQUEST_COMMANDS = [
  ['Sns.CallbackPrevFriendAdd', 'FriendItem'],
  ['Sns.CallbackPrevFriendResponse', 'ResponseFriendItem'],
] as const;

const PAIR_COMMANDS = [
  'Sns.CallbackFriendAdd',
  'Sns.CallbackFriendDelete',
  'Sns.CallbackBlackListAdd',
  'Sns.CallbackBlackListDelete',
] as const;

describe.each(REQUEST_COMMANDS)('%s (the friend-request Before callbacks)', (command, list) => {
  test('reads the friend list as GroupName (the add page) or TagName (the response page), on either command', () => {
    for (const name of ['GroupName', 'TagName']) {
      const event = parsed(firstItemWith(command, list, { GroupName: undefined, TagName: undefined, [name]: 'Close friends' }));
      expect(event).toMatchObject({ [list]: [{ [name]: 'Close friends' }] });
    }
  });

  test('refuses an item without To_Account, which the reply answers per user, naming it', () => {
    expect(refusedAt(firstItemWith(command, list, { To_Account: undefined }))).toEqual([`${list}.0.To_Account`]);
  });

  test('turns numeric accounts into strings and a quoted EventTime into milliseconds', () => {
    const body = firstItemWith(command, list, { To_Account: 20001 });
    expect(parsed({ ...body, Requester_Account: 10001, From_Account: 10001, EventTime: '1670574414123' })).toMatchObject({
      Requester_Account: '10001',
      From_Account: '10001',
      EventTime: 1670574414123,
      [list]: [{ To_Account: '20001' }],
    });
  });
});

describe('Sns.CallbackPrevFriendAdd (1047/43468)', () => {
  test('is valid without AddType, whose default is a two-way add, and without ForceAddFlags', () => {
    const event = parsed(fixtureWith('Sns.CallbackPrevFriendAdd', { AddType: undefined, ForceAddFlags: undefined }));
    expect(event).not.toHaveProperty('AddType');
    expect(event).not.toHaveProperty('ForceAddFlags');
  });
});

describe('Sns.CallbackPrevFriendResponse (1047/43467)', () => {
  test('refuses an answer without ResponseAction, the decision input, naming it', () => {
    const body = firstItemWith('Sns.CallbackPrevFriendResponse', 'ResponseFriendItem', { ResponseAction: undefined });
    expect(refusedAt(body)).toEqual(['ResponseFriendItem.0.ResponseAction']);
  });
});

describe('Sns.CallbackFriendAdd (1047/34359)', () => {
  test('accepts both documented spellings of each ClientCmd value', () => {
    for (const ClientCmd of ['friend_add', 'FriendAdd', 'friend_response', 'FriendResponse']) {
      expect(parsed(fixtureWith('Sns.CallbackFriendAdd', { ClientCmd }))).toHaveProperty('ClientCmd', ClientCmd);
    }
  });

  test('reads ForceFlag, not the ForceAddFlags of the Before callback, and keeps an empty Admin_Account', () => {
    expect(parsed(fixtureWith('Sns.CallbackFriendAdd', { ForceFlag: 1, Admin_Account: '' }))).toMatchObject({
      ForceFlag: 1,
      Admin_Account: '',
    });
  });

  test('refuses a pair without Initiator_Account, naming PairList.0.Initiator_Account', () => {
    const body = firstItemWith('Sns.CallbackFriendAdd', 'PairList', { Initiator_Account: undefined });
    expect(refusedAt(body)).toEqual(['PairList.0.Initiator_Account']);
  });
});

describe.each(PAIR_COMMANDS)('%s (the pair-list After callbacks)', (command) => {
  test('has no EventTime and needs none', () => {
    expect(fixtureJson(command)).not.toHaveProperty('EventTime');
    expect(parsed(fixtureJson(command))).not.toHaveProperty('EventTime');
  });

  test('turns numeric accounts of a pair into strings', () => {
    const body = firstItemWith(command, 'PairList', { From_Account: 10001, To_Account: 20001 });
    expect(parsed(body)).toMatchObject({ PairList: [{ From_Account: '10001', To_Account: '20001' }] });
  });

  test('refuses a pair without To_Account, naming PairList.0.To_Account', () => {
    expect(refusedAt(firstItemWith(command, 'PairList', { To_Account: undefined }))).toEqual(['PairList.0.To_Account']);
  });
});
