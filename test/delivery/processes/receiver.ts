// One receiver instance for test/delivery/multi-process.test.ts: the dispatcher with the Redis dedupe
// store behind node:http on 127.0.0.1. Prints `ready <port>`, then `handled <key>` per handler run
// and `<error code> <command>` per onError report.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { createNodeHandler } from '../../../src/adapters/node.js';
import { redisDeliveryStore } from '../../../src/delivery/redis.js';
import { createLiveCallbacks, deliveryKey } from '../../../src/index.js';

const env = (name: string): string => process.env[name] ?? '';
const redis = new Redis(env('REDIS_URL'));
const live = createLiveCallbacks({ sdkAppId: env('SDK_APP_ID'), token: env('TOKEN'), dedupe: redisDeliveryStore(redis) });
live.on(
  ['Live.CallbackAfterModifyAdmin', 'Live.CallbackAfterMemberStateChanged', 'Group.CallbackAfterSendMsg', 'Follow.CallbackAfterFollowAdd'],
  async (event) => {
    // A few milliseconds of "work", so deliveries of one event overlap as they do in production.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
    console.log(`handled ${deliveryKey(event)}`);
  },
);
live.onError((error, ctx) => console.log(`${error.code} ${ctx.command ?? ''}`));

const server = createServer(createNodeHandler(live));
server.listen(0, '127.0.0.1', () => console.log(`ready ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => {
  server.close(() => {
    redis.disconnect();
    process.exit(0);
  });
  server.closeAllConnections();
});
