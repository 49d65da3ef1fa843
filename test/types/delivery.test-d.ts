import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { describe, expectTypeOf, test } from 'vitest';
import {
  createLiveCallbacks,
  deliveryKey,
  DELIVERY_KEY_RULES,
  memoryDeliveryStore,
  type LiveCallback,
  type LiveCallbackContext,
  type LiveDeferredCallback,
  type LiveQueuedRun,
  type MicCallbackAfterSeatInfoChanged,
} from '../../src/index.js';
import { bullmqDefer } from '../../src/delivery/bullmq.js';
import { redisDeliveryStore } from '../../src/delivery/redis.js';

describe('delivery types', () => {
  test('deliveryKey takes any event and may have no key', () => {
    expectTypeOf(deliveryKey).parameter(0).toEqualTypeOf<LiveCallback>();
    expectTypeOf(deliveryKey).returns.toEqualTypeOf<string | undefined>();
  });

  test('a rule is typed by its command; Before commands have none', () => {
    expectTypeOf(DELIVERY_KEY_RULES['Mic.CallbackAfterSeatInfoChanged']).toEqualTypeOf<
      ((event: MicCallbackAfterSeatInfoChanged) => string | undefined) | undefined
    >();
    // @ts-expect-error Before callbacks are never deduplicated
    void DELIVERY_KEY_RULES['Live.CallbackBeforeSendGift'];
  });

  test('handlers see ctx.queued on a worker', () => {
    expectTypeOf<LiveCallbackContext['queued']>().toEqualTypeOf<LiveQueuedRun | undefined>();
  });

  test('redisDeliveryStore takes an ioredis or a node-redis client, nothing else', () => {
    redisDeliveryStore(new Redis());
    redisDeliveryStore(createClient());
    // @ts-expect-error not a Redis client
    redisDeliveryStore({ get: async () => null });
  });

  test('deferCommands lists After commands only', () => {
    const defer = bullmqDefer(new Queue('q'));
    expectTypeOf(defer).parameter(0).toEqualTypeOf<LiveDeferredCallback>();
    createLiveCallbacks({ sdkAppId: 1, dedupe: memoryDeliveryStore(), defer, deferCommands: ['Group.CallbackAfterSendMsg'] });
    // @ts-expect-error a Before callback is never deferred
    createLiveCallbacks({ sdkAppId: 1, defer, deferCommands: ['Live.CallbackBeforeSendGift'] });
  });
});
