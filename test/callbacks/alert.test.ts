import { describe, expect, test } from 'vitest';
import { parseLiveCallback } from '../../src/index.js';
import { fixtureJson } from '../helpers/fixtures.js';
import { fixtureWith } from '../helpers/chat-body.js';
import { parsed, refusedAt } from '../helpers/validate.js';

// Alert.RequestOverLimit (PROTOCOL-CHAT.md #1, 1047/60256).

describe('Alert.RequestOverLimit (1047/60256)', () => {
  test('reads the sample URL, which has no ClientIP and puts OptPlatform before contenttype', () => {
    const query = 'SdkAppid=1400000000&CallbackCommand=Alert.RequestOverLimit&OptPlatform=RESTAPI&contenttype=json';
    const result = parseLiveCallback(query, fixtureJson('Alert.RequestOverLimit'));
    expect(result.success && result.output.query).toMatchObject({ command: 'Alert.RequestOverLimit', optPlatform: 'RESTAPI' });
    expect(result.success && result.output.query.clientIp).toBeUndefined();
  });

  test('keeps the illustrative sample rates as sent, a Request above its Limit included', () => {
    expect(parsed(fixtureJson('Alert.RequestOverLimit'))).toMatchObject({ Request: 510, Limit: 200 });
  });

  test('is valid without the rates, which only describe the alarm, and without EventTime, which it never has', () => {
    const event = parsed(fixtureWith('Alert.RequestOverLimit', { Request: undefined, Limit: undefined }));
    expect(event).toEqual({ CallbackCommand: 'Alert.RequestOverLimit', ServiceName: 'openim', Command: 'batchsendmsg' });
  });

  test('refuses an alarm that does not name the API, naming Command', () => {
    expect(refusedAt(fixtureWith('Alert.RequestOverLimit', { Command: undefined }))).toEqual(['Command']);
  });
});
