// Several instances sharing one Redis: receivers drop redeliveries and queue After callbacks, workers
// run the handlers. The same file is both (ROLE=receiver or ROLE=worker), so both have the same handlers.
// Run from the repo root (README, "Running several instances", has the whole recipe):
//   npm run build && npx esbuild examples/several-instances.ts --bundle --platform=node --format=esm --packages=external --outfile=node_modules/.cache/instances.mjs
//   ROLE=receiver PORT=8081 node node_modules/.cache/instances.mjs
//   ROLE=worker node node_modules/.cache/instances.mjs
import { createServer } from 'node:http';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { allow, createLiveCallbacks, reject } from 'tencent-live-webhooks';
import { bullmqDefer, createBullmqWorker } from 'tencent-live-webhooks/bullmq';
import { createNodeHandler } from 'tencent-live-webhooks/node';
import { redisDeliveryStore } from 'tencent-live-webhooks/redis';

const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6380');
const connection = { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) };
const QUEUE = 'tencent-callbacks';
const receiving = process.env.ROLE !== 'worker';

const live = createLiveCallbacks({
  sdkAppId: Number(process.env.LIVE_SDK_APP_ID ?? 1400000000),
  ...(process.env.LIVE_CALLBACK_TOKEN !== undefined && { token: process.env.LIVE_CALLBACK_TOKEN }),
  // Receivers only: claim each event in Redis (redeliveries are answered OK and reported), then queue it.
  ...(receiving && {
    dedupe: redisDeliveryStore(new Redis(redisUrl.href)),
    defer: bullmqDefer(new Queue(QUEUE, { connection })),
  }),
});

// Before callbacks are decided in the request, on the receiver, as always.
live.on('Live.CallbackBeforeSendGift', (event) =>
  event.GiftWater.Coins * event.GiftWater.Count > 10_000 ? reject(102101, 'gift over the limit') : allow(),
);
// After callbacks run on a worker, with BullMQ's retries.
live.on('Live.CallbackAfterMemberStateChanged', async (event, ctx) => {
  console.log(
    `${event.EventType}: ${event.MemberList.length} member(s) in ${event.RoomId} (attempt ${ctx.queued?.attempt}, job ${ctx.queued?.jobId})`,
  );
});
live.onAny((event, ctx) =>
  console.log('handled', event.CallbackCommand, ctx.queued ? `on a worker, attempt ${ctx.queued.attempt}` : 'inline'),
);
live.onError((error) => console.warn(error.code, error.message));

if (receiving) {
  const port = Number(process.env.PORT ?? 8081);
  createServer(createNodeHandler(live)).listen(port, () => console.log('receiving on', port));
} else {
  createBullmqWorker(live, QUEUE, { connection: { ...connection, maxRetriesPerRequest: null }, concurrency: 10 });
  console.log('working on', QUEUE);
}
