import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Queue, type Job, type Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  createLiveCallbacks,
  type LiveCallbackContext,
  type LiveCallbackError,
  type LiveCallbacks,
  type LiveDeferredCallback,
} from '../../src/index.js';
import { createNodeHandler } from '../../src/adapters/node.js';
import { bullmqDefer, createBullmqWorker, type BullmqDeferOptions } from '../../src/delivery/bullmq.js';
import { APP, TOKEN, body } from '../dispatch/helpers.js';
import { bundleScript, startProcess } from '../helpers/processes.js';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redis.js';
import { signedQuery } from '../helpers/sign.js';

/*
 * tencent-live-webhooks/bullmq on a real redis-server: callbacks arrive over HTTP on 127.0.0.1,
 * become BullMQ jobs, and workers (in this process, or separate processes) run the handlers.
 */

const ADMIN = 'Live.CallbackAfterModifyAdmin';
const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

let queueCount = 0;

describe.skipIf(!hasRedisServer())('BullMQ: queue on receipt, run on a worker', () => {
  let redis: RedisServer;
  const closers: (() => Promise<unknown>)[] = [];
  const connection = () => ({ host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null });

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await redis?.stop();
  });

  /** A fresh queue and a receiver that defers to it, on 127.0.0.1; `send` posts a signed callback. */
  async function receiver(options: BullmqDeferOptions = {}, deadlineMs = 1500) {
    const name = `callbacks-${++queueCount}`;
    const queue = new Queue<LiveDeferredCallback>(name, { connection: connection() });
    const live = createLiveCallbacks({ sdkAppId: APP, token: TOKEN, deadlineMs, defer: bullmqDefer(queue, options) });
    const errors: LiveCallbackError[] = [];
    live.onError((error) => void errors.push(error));
    const server = createServer(createNodeHandler(live));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
    closers.push(
      () => new Promise((resolve) => server.close(resolve)),
      () => queue.close(),
    );
    const send = async (changes: Record<string, unknown> = {}, requestTime = Math.floor(Date.now() / 1000)) => {
      const query = signedQuery({ sdkAppId: APP, command: ADMIN, token: TOKEN, requestTime });
      const response = await fetch(`${url}?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(ADMIN, changes),
      });
      return { status: response.status, body: (await response.json()) as typeof OK };
    };
    return { name, queue, send, errors };
  }

  /** A worker dispatcher for queue `name`, closed after the suite. */
  function worker(name: string, setup: (live: LiveCallbacks) => void): { worker: Worker; errors: LiveCallbackError[] } {
    const live = createLiveCallbacks({ sdkAppId: APP });
    const errors: LiveCallbackError[] = [];
    live.onError((error) => void errors.push(error));
    setup(live);
    const started = createBullmqWorker(live, name, { connection: connection() });
    closers.push(() => started.close());
    return { worker: started, errors };
  }

  async function settled(job: Job | undefined): Promise<string> {
    if (job === undefined) throw new Error('no job');
    let state = await job.getState();
    await vi.waitFor(
      async () => {
        state = await job.getState();
        expect(['completed', 'failed']).toContain(state);
      },
      { timeout: 10_000, interval: 50 },
    );
    return state;
  }

  test('one job per event, its id the delivery key: redeliveries add none; the worker runs the typed handlers', async () => {
    const { name, queue, send } = await receiver();
    const now = Math.floor(Date.now() / 1000);
    const replies = [await send({}, now), await send({}, now - 5), await send({}, now - 10)];
    expect(replies.map((reply) => [reply.status, reply.body])).toEqual(Array(3).fill([200, OK]));
    const jobs = await queue.getJobs(['waiting']);
    expect(jobs.map((job) => [job.name, job.id])).toEqual([
      [ADMIN, expect.stringMatching(`^${APP}/${ADMIN}/live_lily_0412/1795507601873/add/`)],
    ]);

    const seen: { admins: string[]; ctx: LiveCallbackContext }[] = [];
    worker(name, (live) => live.on(ADMIN, (event, ctx) => void seen.push({ admins: event.Admin_Account, ctx })));
    expect(await settled(jobs[0])).toBe('completed');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.admins).toEqual(['mod_kai', 'mod_sofia']);
    expect(seen[0]?.ctx).toMatchObject({
      queued: { attempt: 1, jobId: jobs[0]?.id },
      sdkAppId: String(APP),
      command: ADMIN,
      clientIp: '203.0.113.7',
      optPlatform: 'RESTAPI',
      source: 'live',
    });
  });

  test('a failing handler is retried with backoff and then completes; onError sees the failure', async () => {
    const { name, queue, send } = await receiver({ jobOptions: { attempts: 3, backoff: { type: 'fixed', delay: 50 } } });
    await send({ EventTime: 2 });
    const attempts: number[] = [];
    const { errors } = worker(name, (live) =>
      live.on(ADMIN, (_event, ctx) => {
        attempts.push(ctx.queued?.attempt ?? 0);
        if (attempts.length === 1) throw new Error('database busy');
      }),
    );
    const [job] = await queue.getJobs(['waiting', 'active', 'delayed', 'completed']);
    expect(await settled(job)).toBe('completed');
    expect(attempts).toEqual([1, 2]);
    expect(errors.map((error) => error.code)).toEqual(['handler_failed']);
  });

  test('a job failing every attempt ends in the failed set', async () => {
    const { name, queue, send } = await receiver({ jobOptions: { attempts: 2, backoff: { type: 'fixed', delay: 20 } } });
    await send({ EventTime: 3 });
    worker(name, (live) =>
      live.on(ADMIN, () => {
        throw new Error('always down');
      }),
    );
    const [job] = await queue.getJobs(['waiting', 'active', 'delayed']);
    expect(await settled(job)).toBe('failed');
    const failed = await queue.getJob(job?.id as string);
    expect([failed?.attemptsMade, failed?.failedReason]).toEqual([2, expect.stringContaining('always down')]);
  });

  test('a job that is not a valid callback fails at once, without retries', async () => {
    const { name, queue } = await receiver();
    const notACallback = { event: { CallbackCommand: ADMIN }, query: { sdkAppId: String(APP) }, source: 'live' };
    const job = await queue.add(ADMIN, notACallback as unknown as LiveDeferredCallback, { attempts: 5 });
    const handler = vi.fn();
    worker(name, (live) => live.on(ADMIN, handler));
    expect(await settled(job)).toBe('failed');
    expect([(await queue.getJob(job.id as string))?.attemptsMade, handler.mock.calls.length]).toEqual([1, 0]);
  });

  test('a worker killed with SIGKILL in the middle of a job: the job is retried by another worker and completes', async () => {
    const { name, queue, send } = await receiver();
    const script = await bundleScript('test/delivery/processes/worker.ts');
    const env = { REDIS_PORT: String(redis.port), QUEUE: name, SDK_APP_ID: String(APP) };
    const doomed = startProcess(script, { ...env, HANG: '1' });
    await doomed.line(/^ready$/);
    expect((await send({ EventTime: 4 })).status).toBe(200);
    const [jobId] = (await doomed.line(/^started /)).split(' ').slice(1);
    await doomed.stop('SIGKILL');
    expect(await queue.getJobState(jobId as string)).toBe('active');

    const rescuer = startProcess(script, env);
    closers.push(() => rescuer.stop());
    const done = await rescuer.line(/^completed /);
    console.log(`SIGKILL test: first worker killed during attempt 1 of ${jobId}; a second worker reported "${done}"`);
    expect(done).toBe(`completed ${jobId} 2`);
    expect(rescuer.lines).toContain(`started ${jobId} 2 live_lily_0412 203.0.113.7`);
    await vi.waitFor(async () => expect(await queue.getJobState(jobId as string)).toBe('completed'), { timeout: 5000 });
  });

  test('Redis stopped mid-run: 503 defer_failed while it is stopped, and nothing answered OK is missing from the queue', async () => {
    const { queue, send, errors } = await receiver({}, 300);
    const okTimes: number[] = [];
    const failedTimes: number[] = [];
    const run = async (times: number[]) => {
      const replies = await Promise.all(times.map(async (time) => ({ time, reply: await send({ EventTime: time }) })));
      for (const { time, reply } of replies) (reply.status === 200 ? okTimes : failedTimes).push(time);
      return replies.map(({ reply }) => reply.status);
    };
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

    expect(await run(range(100, 120))).toEqual(Array(20).fill(200));
    redis.pause();
    const started = Date.now();
    const whileStopped = await run(range(120, 130));
    const waited = Date.now() - started;
    redis.resume();
    expect(whileStopped).toEqual(Array(10).fill(503));
    expect(waited).toBeLessThan(1500);
    expect(errors.map((error) => error.code)).toEqual(Array(10).fill('defer_failed'));
    await vi.waitFor(async () => expect(await run([130])).toEqual([200]), { timeout: 5000, interval: 100 });
    expect(await run(range(131, 140))).toEqual(Array(9).fill(200));

    // Every callback answered OK is a job in Redis.
    const jobTimes = async () =>
      new Set(
        (await queue.getJobs(['waiting', 'active', 'completed', 'failed', 'delayed'])).map(
          (job) => (job.data.event as { EventTime?: number }).EventTime,
        ),
      );
    const stored = await jobTimes();
    expect(okTimes.filter((time) => !stored.has(time))).toEqual([]);
    // Tencent retries the ones answered 503: each is stored once, whether or not its first add landed late.
    expect(await run(failedTimes.splice(0))).toEqual(Array(10).fill(200));
    expect([...(await jobTimes())].sort()).toEqual(range(100, 140));
    expect(await queue.count()).toBe(40);
  });
});
