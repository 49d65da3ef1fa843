import { expectTypeOf, test } from 'vitest';
import type { LiveAfterCommand, LiveCallback } from '../../src/index.js';

test('narrowing on Alert.RequestOverLimit gives the API and its rates, and no user or time', () => {
  const handle = (event: LiveCallback) => {
    if (event.CallbackCommand !== 'Alert.RequestOverLimit') return;
    expectTypeOf(event.Command).toEqualTypeOf<string>();
    expectTypeOf(event.Request).toEqualTypeOf<number | undefined>();
    // @ts-expect-error the alarm carries no EventTime
    void event.EventTime;
    // @ts-expect-error nor any user
    void event.From_Account;
  };
  expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  expectTypeOf<'Alert.RequestOverLimit'>().toExtend<LiveAfterCommand>();
});
