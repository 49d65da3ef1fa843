import { expectTypeOf, test } from 'vitest';
import type { LiveCallback } from '../../src/index.js';

test('narrowing on Profile.CallbackPortraitSet gives the changed fields, each Value a string or a number', () => {
  const handle = (event: LiveCallback) => {
    if (event.CallbackCommand !== 'Profile.CallbackPortraitSet') return;
    expectTypeOf(event.ProfileItem[0]!.Value).toEqualTypeOf<string | number>();
    expectTypeOf(event.Operator_Account).toEqualTypeOf<string>();
    // @ts-expect-error the profile callback has no To_Account
    void event.To_Account;
  };
  expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
});
