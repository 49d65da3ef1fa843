import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createLiveCallbacks, type DeliveryStore, type LiveCallbackError } from '../../src/index.js';
import { createNodeHandler } from '../../src/adapters/node.js';
import { redisDeliveryStore } from '../../src/delivery/redis.js';
import { body, signed, APP, TOKEN } from '../dispatch/helpers.js';
import { freePort, hasRedisServer, startRedis, type RedisServer } from '../helpers/redis.js';

/*
 * redisDeliveryStore against a real redis-server, through both clients it supports: ioredis and
 * node-redis. The same cases run for each.
 */

const ADMIN = 'Live.CallbackAfterModifyAdmin';

interface Client {
  store(options?: Parameters<typeof redisDeliveryStore>[1]): DeliveryStore;
  get(key: string): Promise<string | null>;
  close(): Promise<void>;
}

const CLIENTS: Record<string, (url: string) => Promise<Client>> = {
  ioredis: async (url) => {
    const client = new Redis(url);
    return {
      store: (options) => redisDeliveryStore(client, options),
      get: (key) => client.get(key),
      close: async () => void client.disconnect(),
    };
  },
  'node-redis': async (url) => {
    const client = await createClient({ url }).connect();
    return {
      store: (options) => redisDeliveryStore(client, options),
      get: (key) => client.get(key),
      close: async () => void client.destroy(),
    };
  },
};

describe.skipIf(!hasRedisServer())('redisDeliveryStore on a real redis-server', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis?.stop());

  describe.each(Object.keys(CLIENTS))('with %s', (name) => {
    let client: Client;
    beforeAll(async () => {
      client = await (CLIENTS[name] as (url: string) => Promise<Client>)(redis.url);
    });
    afterAll(() => client?.close());

    test('claim, then done after complete(); the key is kept under the prefix', async () => {
      const store = client.store({ prefix: `t:${name}:a:` });
      const first = await store.claim('k');
      expect(first.state).toBe('claimed');
      expect(await client.get(`t:${name}:a:k`)).toMatch(/^running:/);
      expect((await store.claim('k')).state).toBe('running');
      if (first.state === 'claimed') await first.complete();
      expect(await client.get(`t:${name}:a:k`)).toBe('done');
      expect((await store.claim('k')).state).toBe('done');
    });

    test('release() frees the key for the retry, but not a newer claim', async () => {
      const store = client.store({ prefix: `t:${name}:b:`, claimTtlSeconds: 0.2 });
      const stale = await store.claim('k');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const fresh = await store.claim('k');
      expect([stale.state, fresh.state]).toEqual(['claimed', 'claimed']);
      if (stale.state === 'claimed') await stale.release();
      expect((await store.claim('k')).state).toBe('running');
      if (fresh.state === 'claimed') await fresh.release();
      expect((await store.claim('k')).state).toBe('claimed');
    });

    test('100 concurrent claims of one key: exactly one wins', async () => {
      const store = client.store({ prefix: `t:${name}:c:` });
      const claims = await Promise.all(Array.from({ length: 100 }, () => store.claim('k')));
      expect(claims.filter((claim) => claim.state === 'claimed')).toHaveLength(1);
      expect(claims.filter((claim) => claim.state === 'running')).toHaveLength(99);
    });

    test('a done key expires after ttlSeconds', async () => {
      const store = client.store({ prefix: `t:${name}:d:`, ttlSeconds: 0.2 });
      const claim = await store.claim('k');
      if (claim.state === 'claimed') await claim.complete();
      expect((await store.claim('k')).state).toBe('done');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await store.claim('k')).state).toBe('claimed');
    });
  });

  test('refuses something that is not a Redis client', () => {
    expect(() => redisDeliveryStore({} as never)).toThrow(/needs an ioredis client/);
  });
});

/** A dispatcher with a Redis store behind a real node:http server on 127.0.0.1. */
async function receiver(store: DeliveryStore, deadlineMs: number) {
  const live = createLiveCallbacks({ sdkAppId: APP, token: TOKEN, dedupe: store, deadlineMs });
  const handled: number[] = [];
  const errors: LiveCallbackError[] = [];
  live.on(ADMIN, (event) => void handled.push(event.EventTime));
  live.onError((error) => void errors.push(error));
  const server: Server = createServer(createNodeHandler(live));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  const send = async (time: number) => {
    const response = await fetch(`${url}?${signed(ADMIN, Math.floor(Date.now() / 1000))}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(ADMIN, { EventTime: time }),
    });
    return { status: response.status, body: (await response.json()) as { ActionStatus: string; ErrorInfo: string } };
  };
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { send, handled, errors, close };
}

describe.skipIf(!hasRedisServer())('Redis unreachable (fail closed)', () => {
  test('nobody listening: 503 dedupe_unavailable within the deadline, no handler runs', async () => {
    const port = await freePort();
    const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
    client.on('error', () => undefined);
    const app = await receiver(redisDeliveryStore(client), 300);
    const started = Date.now();
    const reply = await app.send(1);
    expect(Date.now() - started).toBeLessThan(1500);
    expect([reply.status, reply.body.ErrorInfo, app.handled]).toEqual([503, 'dedupe_unavailable', []]);
    expect(app.errors.map((error) => error.code)).toEqual(['dedupe_unavailable']);
    await app.close();
    client.disconnect();
  });

  test('redis-server stopped mid-run (ioredis): 503 while stopped; every event answered OK was handled once and recorded', async () => {
    const redis = await startRedis();
    const client = new Redis(redis.url);
    const app = await receiver(redisDeliveryStore(client, { prefix: 'stop:' }), 300);
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
    const answered = new Map<number, number>();
    const run = async (times: number[]) => {
      const replies = await Promise.all(times.map(async (time) => [time, (await app.send(time)).status] as const));
      for (const [time, status] of replies) if (status === 200) answered.set(time, status);
      return replies.map(([, status]) => status);
    };
    try {
      expect(await run(range(0, 10))).toEqual(Array(10).fill(200));
      redis.pause();
      expect(await run(range(10, 20))).toEqual(Array(10).fill(503));
      redis.resume();
      expect(app.errors.map((error) => error.code)).toEqual(Array(10).fill('dedupe_unavailable'));
      // The claims that reached Redis late are released: Tencent's retries of 10..19 run now.
      await vi.waitFor(async () => expect(await run([10])).toEqual([200]), { timeout: 5000, interval: 100 });
      expect(await run(range(11, 20))).toEqual(Array(9).fill(200));
      expect(await run(range(0, 20))).toEqual(Array(20).fill(200)); // all duplicates now
      expect(app.handled.sort((a, b) => a - b)).toEqual(range(0, 20));
      const keys = await client.keys('stop:*');
      expect(keys).toHaveLength(20);
      expect(await Promise.all(keys.map((key) => client.get(key)))).toEqual(Array(20).fill('done'));
    } finally {
      await app.close();
      client.disconnect();
      await redis.stop();
    }
  });

  test('redis-server killed and started again (node-redis): 503 while it is gone, handled again once it is back', async () => {
    const redis = await startRedis();
    const client = createClient({ url: redis.url, socket: { reconnectStrategy: () => 50 } });
    client.on('error', () => undefined);
    await client.connect();
    const app = await receiver(redisDeliveryStore(client), 300);
    try {
      expect((await app.send(1)).status).toBe(200);
      await redis.stop();
      const whileDown = await Promise.all([app.send(2), app.send(3)]);
      expect(whileDown.map((reply) => [reply.status, reply.body.ErrorInfo])).toEqual([
        [503, 'dedupe_unavailable'],
        [503, 'dedupe_unavailable'],
      ]);
      await redis.restart();
      // node-redis reconnects on its own; the retries of 2 and 3 now run.
      await vi.waitFor(async () => expect((await app.send(2)).status).toBe(200), { timeout: 5000, interval: 100 });
      expect((await app.send(3)).status).toBe(200);
      expect(app.handled).toEqual([1, 2, 3]);
    } finally {
      await app.close();
      client.destroy();
      await redis.stop();
    }
  });
});
