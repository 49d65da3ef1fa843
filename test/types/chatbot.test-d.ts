import { expectTypeOf, test } from 'vitest';
import type { LiveBeforeCommand, LiveCallback, LiveDecisionKindOf } from '../../src/index.js';

test('narrowing on Chatbot.OnC2CSignalMessage gives Data and hides the message body it does not have', () => {
  const handle = (event: LiveCallback) => {
    if (event.CallbackCommand !== 'Chatbot.OnC2CSignalMessage') return;
    expectTypeOf(event.Data).toEqualTypeOf<string>();
    expectTypeOf(event.MsgSeq).toEqualTypeOf<number | undefined>();
    // @ts-expect-error the pass-through message has no MsgBody
    void event.MsgBody;
  };
  expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
});

test('the pass-through callback waits for a reply, and the reply can only respond', () => {
  expectTypeOf<'Chatbot.OnC2CSignalMessage'>().toExtend<LiveBeforeCommand>();
  expectTypeOf<LiveDecisionKindOf<'Chatbot.OnC2CSignalMessage'>>().toEqualTypeOf<'respond'>();
});
