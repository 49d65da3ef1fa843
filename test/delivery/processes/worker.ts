// A BullMQ worker process for test/delivery/bullmq.test.ts: runs the dispatcher's handlers for queued
// callbacks. Prints `started <jobId> <attempt>` when a handler starts; with HANG=1 the handler then
// never finishes (the test kills the process), otherwise it prints `completed <jobId> <attempt>`.
import { createBullmqWorker } from '../../../src/delivery/bullmq.js';
import { createLiveCallbacks } from '../../../src/index.js';

const env = (name: string): string => process.env[name] ?? '';
const live = createLiveCallbacks({ sdkAppId: env('SDK_APP_ID') });
live.on('Live.CallbackAfterModifyAdmin', async (event, ctx) => {
  console.log(`started ${ctx.queued?.jobId} ${ctx.queued?.attempt} ${event.RoomId} ${ctx.clientIp}`);
  if (env('HANG') === '1') await new Promise(() => undefined);
  console.log(`completed ${ctx.queued?.jobId} ${ctx.queued?.attempt}`);
});
// A short lock, so a job whose worker died is noticed within about a second.
const worker = createBullmqWorker(live, env('QUEUE'), {
  connection: { host: '127.0.0.1', port: Number(env('REDIS_PORT')), maxRetriesPerRequest: null },
  lockDuration: 1000,
  stalledInterval: 300,
});
worker.on('ready', () => console.log('ready'));
process.on('SIGTERM', () => void worker.close().then(() => process.exit(0)));
