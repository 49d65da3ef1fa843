import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deliveryKey, validateLiveCallback } from '../../src/index.js';
import { fixtureJson } from '../helpers/fixtures.js';
import { bundleScript, startProcess, type RunningProcess } from '../helpers/processes.js';
import { hasRedisServer, startRedis, type RedisServer } from '../helpers/redis.js';
import { signedQuery } from '../helpers/sign.js';

/*
 * Two receiver processes sharing one Redis, as two instances behind a load balancer. 1,000 signed
 * callbacks: 200 sent to both at once (the second mostly arrives while the first runs), 100 sent
 * twice to the same one (the second after the first was answered), the rest once to either. Every
 * event must be handled exactly once, over real HTTP on 127.0.0.1.
 */

const APP = 1400000001;
const TOKEN = 'multi-process-token';
const EVENTS = 1000;
const BOTH = 200;
const TWICE = 100;
const IN_FLIGHT = 16;

/** Event `i`: one of four After commands, each made distinct by its identifying field. */
function eventBody(i: number): { command: string; body: string } {
  const kinds = [
    ['Live.CallbackAfterModifyAdmin', { EventTime: 1795507600000 + i }],
    ['Live.CallbackAfterMemberStateChanged', { EventTime: 1795507600000 + i }],
    ['Group.CallbackAfterSendMsg', { MsgSeq: 10_000 + i }],
    ['Follow.CallbackAfterFollowAdd', { EventTime: 1795507600000 + i }],
  ] as const;
  const [command, changes] = kinds[i % kinds.length] as (typeof kinds)[number];
  return { command, body: JSON.stringify({ ...fixtureJson(command), ...changes }) };
}

/** The key the receivers print for event `i`. */
function keyOf(i: number): string {
  const parsed = validateLiveCallback(JSON.parse(eventBody(i).body));
  if (!parsed.success) throw parsed.error;
  return deliveryKey(parsed.output) as string;
}

/** A small deterministic generator, so a failing run can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe.skipIf(!hasRedisServer())('two receiver processes, one Redis', () => {
  let redis: RedisServer;
  let receivers: RunningProcess[] = [];
  let urls: string[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    const script = await bundleScript('test/delivery/processes/receiver.ts');
    receivers = [0, 1].map(() => startProcess(script, { REDIS_URL: redis.url, SDK_APP_ID: String(APP), TOKEN }));
    urls = await Promise.all(
      receivers.map(async (receiver) => `http://127.0.0.1:${(await receiver.line(/^ready \d+$/)).split(' ')[1]}/callback`),
    );
  });
  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.stop()));
    await redis?.stop();
  });

  test('1,000 callbacks, 20% sent to both, some twice to one: every event handled exactly once', async () => {
    const statuses = new Map<number, number>();
    const conflicts: number[] = [];
    async function send(receiver: number, i: number): Promise<number> {
      const { command, body } = eventBody(i);
      const query = signedQuery({ sdkAppId: APP, command, token: TOKEN });
      const response = await fetch(`${urls[receiver]}?${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 409) conflicts.push(i);
      return response.status;
    }

    const next = random(42);
    const plan = Array.from({ length: EVENTS }, (_, i) => ({
      i,
      to: next() < 0.5 ? 0 : 1,
      mode: i < BOTH ? 'both' : i < BOTH + TWICE ? 'twice' : 'once',
    }));
    plan.sort(() => next() - 0.5);
    const queue = [...plan];
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
          if (item.mode === 'both') await Promise.all([send(0, item.i), send(1, item.i)]);
          else if (item.mode === 'twice') {
            await send(item.to, item.i);
            await send(item.to, item.i);
          } else await send(item.to, item.i);
        }
      }),
    );
    // Like Tencent, retry what was answered 409 (another delivery was running): by now it has finished.
    const retried = await Promise.all(conflicts.map((i) => send(i % 2, i)));

    await Promise.all(receivers.map((receiver) => receiver.stop()));
    const handled = new Map<string, number>();
    const reports = new Map<string, number>();
    for (const line of receivers.flatMap((receiver) => receiver.lines)) {
      const [word, rest] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
      if (word === 'handled') handled.set(rest, (handled.get(rest) ?? 0) + 1);
      else if (word !== 'ready') reports.set(word, (reports.get(word) ?? 0) + 1);
    }
    const counts = [...handled.values()];
    const expected = Array.from({ length: EVENTS }, (_, i) => keyOf(i));
    const summary = {
      events: EVENTS,
      deliveries: EVENTS + BOTH + TWICE + conflicts.length,
      handledOnce: counts.filter((count) => count === 1).length,
      handledMoreThanOnce: counts.filter((count) => count > 1).length,
      neverHandled: expected.filter((key) => !handled.has(key)).length,
      replies: Object.fromEntries(statuses),
      reports: Object.fromEntries(reports),
    };
    console.log(`exactly once, two processes and one Redis: ${JSON.stringify(summary)}`);

    expect(new Set(handled.keys())).toEqual(new Set(expected));
    expect([summary.handledOnce, summary.handledMoreThanOnce, summary.neverHandled]).toEqual([EVENTS, 0, 0]);
    // Each extra delivery was recognised as a duplicate, at once or, after a 409 (the first still ran), on its retry.
    expect(reports.get('duplicate_delivery')).toBe(BOTH + TWICE);
    expect(reports.get('delivery_in_progress') ?? 0).toBe(conflicts.length);
    expect(retried.every((status) => status === 200)).toBe(true);
    expect([...statuses.keys()].sort()).toEqual(conflicts.length > 0 ? [200, 409] : [200]);
  });
});
