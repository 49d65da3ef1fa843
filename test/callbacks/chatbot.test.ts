import { describe, expect, test } from 'vitest';
import { parseLiveCallbackBody } from '../../src/index.js';
import { fixtureJson, fixtureText } from '../helpers/fixtures.js';
import { fixtureWith } from '../helpers/chat-body.js';
import { parsed, refusedAt } from '../helpers/validate.js';

// Chatbot.OnC2CSignalMessage (PROTOCOL-CHAT.md #17, 1047/59057, 269/103730).

describe('Chatbot.OnC2CSignalMessage (1047/59057)', () => {
  test('keeps Data, a JSON document in a string, as the string it is', () => {
    const event = parsed(fixtureJson('Chatbot.OnC2CSignalMessage'));
    expect(event).toHaveProperty('Data', '{"msg":"Recommend a song for tonight\'s show"}');
    expect(JSON.parse((event as { Data: string }).Data)).toEqual({ msg: "Recommend a song for tonight's show" });
  });

  test("refuses the docs' sample text, whose doubled backslashes end the Data string early, as invalid JSON", () => {
    const sample = fixtureText('Chatbot.OnC2CSignalMessage').replace(String.raw`\"msg\"`, String.raw`\\"msg\\"`);
    const result = parseLiveCallbackBody(sample);
    expect(result.success || result.error.code).toBe('invalid_json');
  });

  test('has no MsgBody and no MsgTime, and needs none', () => {
    const event = parsed(fixtureJson('Chatbot.OnC2CSignalMessage'));
    expect(event).not.toHaveProperty('MsgBody');
    expect(event).not.toHaveProperty('MsgTime');
  });

  test('refuses a message without Data, the content the reply answers, naming Data', () => {
    expect(refusedAt(fixtureWith('Chatbot.OnC2CSignalMessage', { Data: undefined }))).toEqual(['Data']);
  });

  test('refuses a Data that arrives parsed instead of as a string, naming Data', () => {
    expect(refusedAt(fixtureWith('Chatbot.OnC2CSignalMessage', { Data: { msg: 'hi' } }))).toEqual(['Data']);
  });
});
