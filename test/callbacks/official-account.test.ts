import { describe, expect, test } from 'vitest';
import { fixtureJson } from '../helpers/fixtures.js';
import { parsed, refusal } from '../helpers/validate.js';

/*
 * The quirks of the official-account (Official Channel) callbacks, PROTOCOL-CHAT.md #19-#29
 * (1047/60795-60805), each through the public parse functions.
 */

const SUBSCRIBER_COMMANDS = [
  'OfficialAccount.CallbackBeforeAddSubscriber',
  'OfficialAccount.CallbackAfterAddSubscriber',
  'OfficialAccount.CallbackAfterDeleteSubscriber',
] as const;

const MESSAGE_COMMANDS = ['OfficialAccount.CallbackBeforeSendMsg', 'OfficialAccount.CallbackAfterSendMsg'] as const;

describe('OfficialAccount.CallbackAfterOfficialAccountInfoChanged (1047/60797)', () => {
  test('the sample, with the two commas the page leaves out put back, parses, and the "//" inside FaceUrl stays', () => {
    const body = `{
      "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountInfoChanged",
      "Operator_Account": "admin",
      "Official_Account": "@TOA#_2C5SZEAEF",
      "Introduction": "NewIntroduction",
      "Name": "NewName",
      "FaceUrl": "http://this.is.newface.url",
      "Organization": "NewOrganization",
      "EventTime": 1670574414123
    }`;
    expect(parsed(body)).toMatchObject({
      FaceUrl: 'http://this.is.newface.url',
      Organization: 'NewOrganization',
      EventTime: 1670574414123,
    });
  });

  test('is valid with only the field that changed (the page does not say unchanged ones are sent)', () => {
    const {
      Introduction: _i,
      FaceUrl: _f,
      Organization: _o,
      ...body
    } = fixtureJson('OfficialAccount.CallbackAfterOfficialAccountInfoChanged');
    expect(parsed(body)).toMatchObject({ Name: 'Nightly Live' });
    expect(parsed(body)).not.toHaveProperty('FaceUrl');
  });

  test('a profile field of the wrong type is still refused', () => {
    expect(refusal({ ...fixtureJson('OfficialAccount.CallbackAfterOfficialAccountInfoChanged'), Name: 42 })).toMatch(
      /^invalid_payload: .*Name/,
    );
  });
});

describe('which account fields each page has', () => {
  test('BeforeCreateOfficialAccount has no Official_Account yet, and needs the Name it decides on', () => {
    const event = parsed(fixtureJson('OfficialAccount.CallbackBeforeCreateOfficialAccount'));
    expect(event).not.toHaveProperty('Official_Account');
    const { Name: _, ...nameless } = fixtureJson('OfficialAccount.CallbackBeforeCreateOfficialAccount');
    expect(refusal(nameless)).toMatch(/^invalid_payload: .*Name/);
  });

  test('AfterCreateOfficialAccount and AfterOfficialAccountDestroyed are valid without the descriptive Name', () => {
    for (const command of ['OfficialAccount.CallbackAfterCreateOfficialAccount', 'OfficialAccount.CallbackAfterOfficialAccountDestroyed']) {
      const { Name: _, ...body } = fixtureJson(command);
      expect(parsed(body).CallbackCommand).toBe(command);
    }
  });

  test('AfterOfficialAccountDestroyed and AfterMsgWithDraw name no operator, and need none', () => {
    for (const command of ['OfficialAccount.CallbackAfterOfficialAccountDestroyed', 'OfficialAccount.CallbackAfterMsgWithDraw']) {
      expect(parsed(fixtureJson(command, 'minimal'))).not.toHaveProperty('Operator_Account');
    }
  });

  test('the recall sample writes the account "#TOA#_123" (not "@TOA#_"); any string is taken as sent', () => {
    expect(parsed({ ...fixtureJson('OfficialAccount.CallbackAfterMsgWithDraw'), Official_Account: '#TOA#_123' })).toMatchObject({
      Official_Account: '#TOA#_123',
    });
  });

  test('an Official_Account that is not a string is refused', () => {
    expect(refusal({ ...fixtureJson('OfficialAccount.CallbackAfterOfficialAccountFull'), Official_Account: 123 })).toMatch(
      /^invalid_payload: .*Official_Account/,
    );
  });
});

describe.each(SUBSCRIBER_COMMANDS)('%s', (command) => {
  test('uses SubscribeAccountList (also for unsubscribing) and turns a numeric Subscriber_Account into its string', () => {
    const body = { ...fixtureJson(command), SubscribeAccountList: [{ Subscriber_Account: 10086 }] };
    expect(parsed(body)).toMatchObject({ SubscribeAccountList: [{ Subscriber_Account: '10086' }] });
  });

  test('a subscriber entry without Subscriber_Account is refused', () => {
    expect(refusal({ ...fixtureJson(command), SubscribeAccountList: [{}] })).toMatch(/SubscribeAccountList\.0\.Subscriber_Account/);
  });
});

describe.each(MESSAGE_COMMANDS)('%s', (command) => {
  test('is valid without CloudCustomData and OnlineOnlyFlag, and keeps the message elements', () => {
    const event = parsed(fixtureJson(command, 'minimal'));
    expect(event).toMatchObject({ MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Tonight at nine: the finals, live.' } }] });
    expect(event).not.toHaveProperty('CloudCustomData');
  });

  test('a message without MsgBody is refused', () => {
    const { MsgBody: _, ...body } = fixtureJson(command);
    expect(refusal(body)).toMatch(/^invalid_payload: .*MsgBody/);
  });
});

describe('units and timestamps', () => {
  test('EventTime is milliseconds on every page; a quoted one (as Chat group pages send it) becomes a number', () => {
    expect(parsed({ ...fixtureJson('OfficialAccount.CallbackAfterOfficialAccountFull'), EventTime: '1670574414123' })).toMatchObject({
      EventTime: 1670574414123,
    });
  });

  test('AfterSendMsg: MsgTime (seconds) is descriptive and optional; MsgKey, needed to recall the message, is required', () => {
    const event = parsed(fixtureJson('OfficialAccount.CallbackAfterSendMsg', 'minimal'));
    expect(event).not.toHaveProperty('MsgTime');
    const { MsgKey: _, ...keyless } = fixtureJson('OfficialAccount.CallbackAfterSendMsg');
    expect(refusal(keyless)).toMatch(/^invalid_payload: .*MsgKey/);
  });

  test('BeforeSendMsg has no MsgKey, MsgTime or sender yet', () => {
    const event = parsed(fixtureJson('OfficialAccount.CallbackBeforeSendMsg'));
    for (const key of ['MsgKey', 'MsgTime', 'From_Account']) expect(event).not.toHaveProperty(key);
  });
});
