import { fail, ok, type Result } from '../errors.js';
import { parseLiveCallbackQuery, type LiveCallbackQuery, type QueryInput } from './query.js';

/*
 * Callback authentication (647/64412, 1047/34354): with a token set, Tencent adds
 * `Sign = hex(sha256(token + RequestTime))` and `RequestTime` (Unix seconds) to the query, and the
 * server must reject requests more than a minute away from its own clock.
 */

const HOW_TO_FIX = "check the callback token (Live: v4/live_config/set_callback_token; Chat: the console's callback settings)";

/** Lowercase hex SHA-256 of a string, with Web Crypto (so it runs on edge runtimes too). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Expected Signs per token and RequestTime, for one dispatcher. Tencent sends many callbacks within
 * the same second, so one SHA-256 serves them all, and once computed it is a plain string: the check
 * then needs no promise at all. Sized for the whole RequestTime window (a sender cycling through every
 * second of it still hits), for a few tokens; the oldest entry goes when it is full.
 */
export class SignCache {
  readonly #signs = new Map<string, string | Promise<string>>();
  readonly #capacity: number;

  constructor(toleranceSeconds: number) {
    this.#capacity = Math.max(64, 4 * (2 * Math.ceil(toleranceSeconds) + 1));
  }

  /** The expected Sign: cached, or being computed. */
  expected(token: string, requestTime: number): string | Promise<string> {
    const key = `${requestTime}\u0000${token}`;
    const cached = this.#signs.get(key);
    if (cached !== undefined) return cached;
    if (this.#signs.size >= this.#capacity) this.#signs.delete(this.#signs.keys().next().value as string);
    const pending = sha256Hex(`${token}${requestTime}`);
    this.#signs.set(key, pending);
    pending.then(
      (hex) => {
        if (this.#signs.get(key) === pending) this.#signs.set(key, hex);
      },
      // A failed digest (no Web Crypto) must not stay cached as the answer for this second.
      () => this.#signs.delete(key),
    );
    return pending;
  }
}

/** Compares two strings in time that depends only on their length, not on where they differ. */
function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/**
 * Checks `Sign` and `RequestTime` of an already-parsed query, with the dispatcher's `cache` (a pure
 * call gets a fresh one). A RequestTime exactly
 * `toleranceSeconds` away is accepted; one second more is `expired_signature`. Hex is compared
 * case-insensitively (the docs show lowercase; upper-case hex is the same hash). Synchronous once
 * the Sign of this token and second is cached. Never rejects: a digest that cannot be computed is
 * `invalid_signature` (fail closed).
 */
export function checkLiveCallbackSignature(
  query: LiveCallbackQuery,
  token: string,
  nowMs: number,
  toleranceSeconds: number,
  cache: SignCache = new SignCache(toleranceSeconds),
): Result<void> | Promise<Result<void>> {
  // An empty token (an unset environment variable) would let anyone sign: sha256('' + RequestTime).
  if (typeof token !== 'string' || token === '')
    return fail('invalid_signature', `no callback token to check the Sign with; ${HOW_TO_FIX} and pass it in`);
  const { sign, requestTime } = query;
  if (sign === undefined || requestTime === undefined) {
    return fail(
      'missing_signature',
      `the query has no ${sign === undefined ? 'Sign' : 'RequestTime'}, but a token is configured; ${HOW_TO_FIX} (IsTokenEnable must be true)`,
    );
  }
  if (Math.abs(nowMs / 1000 - requestTime) > toleranceSeconds) {
    return fail(
      'expired_signature',
      `RequestTime ${requestTime} is more than ${toleranceSeconds} s away from this server's clock (${Math.floor(nowMs / 1000)}); replayed request, or a clock out of sync`,
    );
  }
  const compare = (expected: string): Result<void> =>
    timingSafeEqual(sign.toLowerCase(), expected)
      ? ok(undefined)
      : fail('invalid_signature', `Sign does not match sha256(token + RequestTime); ${HOW_TO_FIX}`);
  const expected = cache.expected(token, requestTime);
  return typeof expected === 'string'
    ? compare(expected)
    : expected.then(compare, (error: unknown) =>
        fail('invalid_signature', 'the signature could not be checked (is Web Crypto available?)', { cause: error }),
      );
}

/**
 * Checks a callback's signature on its own: `Sign` must be the hex SHA-256 of `token + RequestTime`,
 * and `RequestTime` within `toleranceSeconds` (default 60) of `now` (default `Date.now()`, in ms).
 * Never rejects.
 */
export async function verifyLiveCallbackSignature(
  query: QueryInput,
  options: { token: string; now?: number; toleranceSeconds?: number },
): Promise<Result<void>> {
  const parsed = parseLiveCallbackQuery(query);
  if (!parsed.success) return parsed;
  // From JavaScript the options may be missing altogether.
  const { token, now = Date.now(), toleranceSeconds = 60 } = options ?? ({} as Partial<typeof options>);
  return await checkLiveCallbackSignature(parsed.output, token as string, now, toleranceSeconds);
}
