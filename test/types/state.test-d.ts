import { expectTypeOf, test } from 'vitest';
import type { KickedDevicePlatform, LiveCallback, StateAction } from '../../src/index.js';

test('narrowing on State.StateChange gives the login record, with open sets of documented values', () => {
  const handle = (event: LiveCallback) => {
    if (event.CallbackCommand !== 'State.StateChange') return;
    expectTypeOf(event.Info.To_Account).toEqualTypeOf<string>();
    expectTypeOf(event.Info.Action).toEqualTypeOf<StateAction>();
    expectTypeOf(event.EventTime).toEqualTypeOf<number | undefined>();
    expectTypeOf(event.KickedDevice?.[0]?.Platform).toEqualTypeOf<KickedDevicePlatform | undefined>();
    // @ts-expect-error To_Account is inside Info, not at the top level
    void event.To_Account;
  };
  expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  expectTypeOf<'Mac'>().toExtend<KickedDevicePlatform>();
  expectTypeOf<'HarmonyOS'>().toExtend<KickedDevicePlatform>();
});
