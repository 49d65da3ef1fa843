// `tencent-live-webhooks/redis`: a dedupe store shared by every instance, in Redis.
import { positiveOption, type DeliveryClaim, type DeliveryStore, type DeliveryStoreTimes } from './store.js';

/*
 * Works with the client the app already has, ioredis (5, 6) or node-redis (4, 5, 6), through the one
 * generic command call each offers; neither package is imported here. A claim is one atomic
 * `SET key value NX PX ms`, so two instances never both run an event.
 */

/** An ioredis client: `new Redis(...)`. Its `call(command, ...args)` sends any command. */
export interface IoRedisLike {
  call(command: string, ...args: (string | number)[]): Promise<unknown>;
}

/** A node-redis client: `await createClient(...).connect()`. Its `sendCommand([...])` sends any command. */
export interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

export interface RedisDeliveryStoreOptions extends DeliveryStoreTimes {
  /** Put before every key, to keep them apart from the app's own. Default `tlw:delivery:`. */
  prefix?: string;
}

const DONE = 'done';
const WHERE = 'redisDeliveryStore()';

/** Deletes the key only if it still holds this claim's token: a late release must not free a newer claim or a done mark. */
const RELEASE_SCRIPT = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/** One function that sends a command, whichever client this is. ioredis also has a `sendCommand`, of another shape: `call` first. */
function commandSender(client: unknown): (args: string[]) => Promise<unknown> {
  const candidate = client as Partial<IoRedisLike & NodeRedisLike> | null | undefined;
  if (typeof candidate?.call === 'function') {
    const io = candidate as IoRedisLike;
    return ([command, ...args]) => io.call(command as string, ...args);
  }
  if (typeof candidate?.sendCommand === 'function') {
    const node = candidate as NodeRedisLike;
    return (args) => node.sendCommand(args);
  }
  throw new TypeError(
    `[tencent-live-webhooks] ${WHERE} needs an ioredis client (new Redis()) or a connected node-redis client (await createClient().connect())`,
  );
}

/** A reply as text: node-redis may hand back a Buffer when the client maps types. */
function text(reply: unknown): string | null {
  if (reply === null || reply === undefined) return null;
  return typeof reply === 'string' ? reply : String(reply);
}

/**
 * A dedupe store in Redis, shared by every instance of the app: pass it as `dedupe`.
 *
 * Keys hold `running:<token>` while a delivery runs (expiring after `claimTtlSeconds`, should the
 * process die) and `done` once it was handled (for `ttlSeconds`). When Redis cannot be reached,
 * the dispatcher answers 503 `dedupe_unavailable` and runs nothing, so Tencent can retry.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { redisDeliveryStore } from 'tencent-live-webhooks/redis';
 * const live = createLiveCallbacks({ sdkAppId, token, dedupe: redisDeliveryStore(new Redis(process.env.REDIS_URL)) });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function redisDeliveryStore(client: IoRedisLike | NodeRedisLike, options: RedisDeliveryStoreOptions = {}): DeliveryStore {
  const send = commandSender(client);
  const ttlMs = String(Math.round(positiveOption(options.ttlSeconds, 'ttlSeconds', 86_400, WHERE) * 1000));
  const claimMs = String(Math.round(positiveOption(options.claimTtlSeconds, 'claimTtlSeconds', 60, WHERE) * 1000));
  const prefix = options.prefix ?? 'tlw:delivery:';
  if (typeof prefix !== 'string') throw new TypeError(`[tencent-live-webhooks] ${WHERE}: prefix must be a string`);

  async function claim(key: string): Promise<DeliveryClaim> {
    const redisKey = prefix + key;
    const token = `running:${globalThis.crypto.randomUUID()}`;
    // The key can vanish between a failed SET and the GET (released, expired): then try again.
    for (let round = 0; round < 3; round++) {
      if (text(await send(['SET', redisKey, token, 'PX', claimMs, 'NX'])) === 'OK') {
        return {
          state: 'claimed',
          complete: async () => void (await send(['SET', redisKey, DONE, 'PX', ttlMs])),
          release: async () => void (await send(['EVAL', RELEASE_SCRIPT, '1', redisKey, token])),
        };
      }
      const held = text(await send(['GET', redisKey]));
      if (held === DONE) return { state: 'done' };
      if (held !== null) return { state: 'running' };
    }
    return { state: 'running' };
  }

  return { claim };
}
