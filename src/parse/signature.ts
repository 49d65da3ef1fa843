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

/** The part of `node:crypto` used here. */
interface NodeHashing {
  createHash(algorithm: 'sha256'): { update(text: string): { digest(encoding: 'hex'): string } };
}

/** A SHA-256 of a string as lowercase hex: a string when computed at once, a promise otherwise. */
export type Sha256 = (text: string) => string | Promise<string>;

let nodeSha256: Sha256 | null | undefined;

/**
 * The fastest SHA-256 the runtime has. Node, Bun and Deno (and Workers with nodejs_compat) hand out
 * `node:crypto` through `process.getBuiltinModule`, without an import that would tie the core to
 * Node: its digest is synchronous and takes about a microsecond, where Web Crypto's takes a promise
 * and tens of microseconds. Elsewhere, Web Crypto. Looked up on first use, not at import.
 */
export function fastestSha256(): Sha256 {
  if (nodeSha256 === undefined) {
    nodeSha256 = null;
    try {
      const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      const hashing = runtime?.getBuiltinModule?.('node:crypto') as NodeHashing | undefined;
      if (typeof hashing?.createHash === 'function') nodeSha256 = (text) => hashing.createHash('sha256').update(text).digest('hex');
    } catch {
      // A runtime that refuses the lookup: Web Crypto it is.
    }
  }
  return nodeSha256 ?? sha256Hex;
}

/**
 * Expected Signs per token and RequestTime, for one dispatcher. Tencent sends many callbacks within
 * the same second, so one SHA-256 serves them all: the last one is kept apart and checked first (no
 * key to build, no lookup), the others sit in a map sized for the whole RequestTime window (a sender
 * cycling through every second of it still hits), for a few tokens; the oldest entry goes when it is
 * full. Once computed a Sign is a plain string, so the check needs no promise at all.
 */
export class SignCache {
  readonly #signs = new Map<string, string | Promise<string>>();
  readonly #capacity: number;
  #sha256: Sha256 | undefined;
  #lastToken: string | undefined;
  #lastRequestTime: number | undefined;
  #lastSign = '';

  /**
   * `sha256` is the runtime's fastest unless given (tests pass Web Crypto's to check that path). It
   * is looked up at the first Sign, not here: loading node:crypto takes milliseconds, and a
   * dispatcher without a token never needs it.
   */
  constructor(toleranceSeconds: number, sha256?: Sha256) {
    this.#capacity = Math.max(64, 4 * (2 * Math.ceil(toleranceSeconds) + 1));
    this.#sha256 = sha256;
  }

  /** The expected Sign: cached, or being computed. */
  expected(token: string, requestTime: number): string | Promise<string> {
    if (requestTime === this.#lastRequestTime && token === this.#lastToken) return this.#lastSign;
    const key = `${requestTime}\u0000${token}`;
    const cached = this.#signs.get(key);
    if (typeof cached === 'string') return this.#remember(token, requestTime, cached);
    if (cached !== undefined) return cached;
    if (this.#signs.size >= this.#capacity) this.#signs.delete(this.#signs.keys().next().value as string);
    let computed: string | Promise<string>;
    try {
      this.#sha256 ??= fastestSha256();
      computed = this.#sha256(`${token}${requestTime}`);
    } catch (error) {
      return Promise.reject(error);
    }
    this.#signs.set(key, computed);
    if (typeof computed === 'string') return this.#remember(token, requestTime, computed);
    const pending = computed;
    pending.then(
      (hex) => {
        if (this.#signs.get(key) === pending) this.#signs.set(key, hex);
      },
      // A failed digest (no Web Crypto) must not stay cached as the answer for this second.
      () => this.#signs.delete(key),
    );
    return pending;
  }

  #remember(token: string, requestTime: number, sign: string): string {
    this.#lastToken = token;
    this.#lastRequestTime = requestTime;
    this.#lastSign = sign;
    return sign;
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
  const expected = cache.expected(token, requestTime);
  return typeof expected === 'string'
    ? signMatches(sign, expected)
    : expected.then(
        (hex) => signMatches(sign, hex),
        (error: unknown) => fail('invalid_signature', 'the signature could not be checked (is Web Crypto available?)', { cause: error }),
      );
}

const VERIFIED: Result<void> = Object.freeze(ok(undefined));

/**
 * The Sign sent against the expected one, in constant time; hex compared case-insensitively. Tencent
 * sends lowercase, so the lower-cased copy is made only when the Sign as sent does not match (the
 * case of a Sign is no secret: which comparison ran tells nothing about the expected digits).
 */
function signMatches(sign: string, expected: string): Result<void> {
  return timingSafeEqual(sign, expected) || timingSafeEqual(sign.toLowerCase(), expected)
    ? VERIFIED
    : fail('invalid_signature', `Sign does not match sha256(token + RequestTime); ${HOW_TO_FIX}`);
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
