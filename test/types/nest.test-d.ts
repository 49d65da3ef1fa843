import { describe, expectTypeOf, test } from 'vitest';
import {
  LiveCallbacksModule,
  OnAnyLiveCallback,
  OnLiveCallback,
  OnLiveCallbackError,
  OnUnknownLiveCallback,
} from '../../src/adapters/nest.js';
import {
  allow,
  drop,
  reject,
  type LiveCallback,
  type LiveCallbackAfterCreateRoom,
  type LiveCallbackAfterModifyAdmin,
  type LiveCallbackBeforeSendGift,
  type LiveCallbackContext,
  type LiveCallbackError,
  type LiveDecisionFor,
  type LiveUnknownCallback,
} from '../../src/index.js';

/*
 * The decorators check the method they sit on against the command, as live.on() checks its handler.
 * A method that does not fit is an error at the decorator (TS1241 / TS2345).
 */

describe('@OnLiveCallback checks the decorated method', () => {
  test('accepts a method taking the command’s event and the context', () => {
    class Handlers {
      @OnLiveCallback('Live.CallbackAfterModifyAdmin')
      adminsChanged(event: LiveCallbackAfterModifyAdmin, ctx: LiveCallbackContext): void {
        expectTypeOf(event.Admin_Account).toEqualTypeOf<string[]>();
        expectTypeOf(ctx.sdkAppId).toEqualTypeOf<string>();
      }

      @OnLiveCallback('Live.CallbackAfterModifyAdmin')
      async withoutArguments(): Promise<void> {}
    }
    expectTypeOf<Handlers>().toHaveProperty('adminsChanged');
  });

  test('rejects a method that expects another command’s event', () => {
    class Handlers {
      // @ts-expect-error a room-created event is not what this command delivers
      @OnLiveCallback('Live.CallbackAfterModifyAdmin')
      wrongEvent(_event: LiveCallbackAfterCreateRoom): void {}
    }
    expectTypeOf<Handlers>().toHaveProperty('wrongEvent');
  });

  test('takes the union of events for several commands', () => {
    class Handlers {
      @OnLiveCallback(['Live.CallbackAfterModifyAdmin', 'Live.CallbackAfterCreateRoom'])
      either(_event: LiveCallbackAfterModifyAdmin | LiveCallbackAfterCreateRoom): void {}

      // @ts-expect-error the method must accept the events of every command listed
      @OnLiveCallback(['Live.CallbackAfterModifyAdmin', 'Live.CallbackAfterCreateRoom'])
      onlyOne(_event: LiveCallbackAfterModifyAdmin): void {}
    }
    expectTypeOf<Handlers>().toHaveProperty('either');
  });

  test('lets a Before method return a decision it may give, and nothing else', () => {
    class Handlers {
      @OnLiveCallback('Live.CallbackBeforeSendGift')
      checkGift(event: LiveCallbackBeforeSendGift): LiveDecisionFor<'Live.CallbackBeforeSendGift'> {
        return event.GiftWater.Coins > 100 ? reject(102_101, 'limit') : allow();
      }

      @OnLiveCallback('Live.CallbackBeforeSendGift')
      async checkLater(): Promise<LiveDecisionFor<'Live.CallbackBeforeSendGift'> | undefined> {
        return undefined;
      }

      // @ts-expect-error drop() is for group messages only
      @OnLiveCallback('Live.CallbackBeforeSendGift')
      dropGift(): ReturnType<typeof drop> {
        return drop();
      }

      // @ts-expect-error a string is not a decision
      @OnLiveCallback('Live.CallbackBeforeSendGift')
      answerText(): string {
        return 'ok';
      }
    }
    expectTypeOf<Handlers>().toHaveProperty('checkGift');
  });

  test('rejects a misspelt command', () => {
    // @ts-expect-error not a command
    OnLiveCallback('Live.CallbackAfterModifyAdmins');
  });
});

describe('the catch-all decorators', () => {
  test('type their methods like onAny, onUnknown and onError', () => {
    class Handlers {
      @OnAnyLiveCallback()
      any(_event: LiveCallback | LiveUnknownCallback): void {}

      @OnUnknownLiveCallback()
      unknown(_event: LiveUnknownCallback): void {}

      @OnLiveCallbackError()
      failed(error: LiveCallbackError): void {
        expectTypeOf(error.code).toBeString();
      }

      // @ts-expect-error onAny also sees known commands
      @OnAnyLiveCallback()
      knownOnly(_event: LiveCallbackAfterModifyAdmin): void {}
    }
    expectTypeOf<Handlers>().toHaveProperty('failed');
  });
});

describe('LiveCallbacksModule', () => {
  test('forRoot takes the dispatcher options, bodyLimit and path', () => {
    LiveCallbacksModule.forRoot({ sdkAppId: 1400000000, token: 'secret', bodyLimit: 64 * 1024, path: '/hooks/live' });
    // @ts-expect-error beforeFallback is 'allow' or 'reject'
    LiveCallbacksModule.forRoot({ sdkAppId: 1400000000, beforeFallback: 'maybe' });
  });

  test('forRootAsync’s factory returns the same settings, but not the path', () => {
    LiveCallbacksModule.forRootAsync({ useFactory: () => ({ sdkAppId: 1400000000, bodyLimit: 1024 }) });
    // @ts-expect-error the path must be known before any factory runs
    LiveCallbacksModule.forRootAsync({ useFactory: async () => ({ sdkAppId: 1400000000, path: '/late' }) });
  });
});
