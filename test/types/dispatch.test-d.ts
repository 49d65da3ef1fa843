import { describe, expectTypeOf, test } from 'vitest';
import {
  allow,
  createLiveCallbacks,
  drop,
  reject,
  replaceMessage,
  type LiveCallbackContext,
  type LiveCallbackReply,
  type LiveCallbackAfterModifyAdmin,
  type LiveCallbackBeforeSendGift,
  type GroupCallbackBeforeSendMsg,
} from '../../src/index.js';

const live = createLiveCallbacks({ sdkAppId: 1400000000 });

describe('on() narrows the event to the command', () => {
  test('After handler: typed event, context, void result', () => {
    live.on('Live.CallbackAfterModifyAdmin', (event, ctx) => {
      expectTypeOf(event).toEqualTypeOf<LiveCallbackAfterModifyAdmin>();
      expectTypeOf(ctx).toEqualTypeOf<LiveCallbackContext>();
      expectTypeOf(ctx.sdkAppId).toEqualTypeOf<string>();
      // @ts-expect-error GiftWater belongs to the gift callback
      void event.GiftWater;
    });
  });

  test('After handlers may be async', () => {
    live.on('Live.CallbackAfterModifyAdmin', async () => {
      await Promise.resolve();
    });
  });

  test('an array of commands gives the union of their events', () => {
    live.on(['Live.CallbackAfterModifyAdmin', 'Live.CallbackBeforeSendGift'], (event) => {
      expectTypeOf(event).toEqualTypeOf<LiveCallbackAfterModifyAdmin | LiveCallbackBeforeSendGift>();
    });
  });

  test('Before handler returns its decision', () => {
    live.on('Live.CallbackBeforeSendGift', (event) => {
      expectTypeOf(event).toEqualTypeOf<LiveCallbackBeforeSendGift>();
      return event.GiftWater.Coins > 1 ? reject(102101, 'limit') : allow();
    });
    live.on('Live.CallbackBeforeSendGift', async () => allow());
    live.on('Group.CallbackBeforeSendMsg', (event) => {
      expectTypeOf(event).toEqualTypeOf<GroupCallbackBeforeSendMsg>();
      return event.MsgBody.length > 5 ? drop() : replaceMessage({ CloudCustomData: 'x' });
    });
  });

  test('a gift cannot be dropped or replaced', () => {
    // @ts-expect-error drop() is for group messages only
    live.on('Live.CallbackBeforeSendGift', () => drop());
    // @ts-expect-error replaceMessage() is for group messages only
    live.on('Live.CallbackBeforeSendGift', () => replaceMessage({ CloudCustomData: 'x' }));
  });

  test('a misspelt command is a compile error', () => {
    // @ts-expect-error not a command
    live.on('Live.CallbackAfterModifyAdmins', () => undefined);
  });

  test('handleLiveCallback returns a reply promise', () => {
    expectTypeOf(live.handleLiveCallback).returns.toEqualTypeOf<Promise<LiveCallbackReply>>();
  });
});

describe('Before handlers may return nothing', () => {
  test('with or without a body', () => {
    live.on('Live.CallbackBeforeSendGift', () => undefined);
    live.on('Live.CallbackBeforeSendGift', () => {
      console.log('seen');
    });
    live.on('Group.CallbackBeforeSendMsg', async (event) => {
      if (event.MsgBody.length === 0) return reject(10100, 'empty');
    });
  });
});
