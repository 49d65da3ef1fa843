import { LIVE_CALLBACK_TABLE, phaseOf, type LiveAfterCommand, type LiveBeforeCommand, type LiveCallbackCommand } from '../commands.js';
import type { CallbackSource } from '../catalogue/row.js';
import type { LiveCallbackDefer } from '../delivery/defer.js';
import type { DeliveryStore } from '../delivery/store.js';
import type { MaybePromise } from './deadline.js';
import type { BeforeFallback, LiveCallbacksOptions } from './types.js';

/*
 * The dispatcher's options, checked once at start-up and turned into what the request path needs.
 * A mistake here (an unset environment variable, NaN) would otherwise show up only as every callback
 * being refused, so each one throws with the likely cause.
 */

/** The options, resolved: every default applied, every value checked. */
export interface Settings {
  /** Accepted SdkAppids as strings, or undefined for "any" (asked for explicitly). */
  readonly appIds: ReadonlySet<string> | undefined;
  /** The token for a request of this app and source; undefined means no Sign check. May throw or reject (the user's function). */
  readonly tokenFor: ((sdkAppId: string, source: CallbackSource) => MaybePromise<string | undefined>) | undefined;
  readonly toleranceSeconds: number;
  readonly deadlineMs: number;
  /** What a Before command answers when no decision comes. */
  readonly fallbackFor: (command: LiveBeforeCommand) => BeforeFallback;
  readonly now: () => number;
  /** Where After callbacks' delivery keys are claimed; undefined: no dedupe. */
  readonly dedupe: DeliveryStore | undefined;
  /** Where deferred After callbacks go; undefined: every handler runs inline. */
  readonly defer: LiveCallbackDefer | undefined;
  /** Whether an After command goes to `defer`. */
  readonly defers: (command: LiveAfterCommand) => boolean;
}

const PREFIX = '[tencent-live-webhooks] createLiveCallbacks():';

/** Tencent's own behaviour when a Before callback gets no answer: Chat lets the action through, Live blocks the gift. */
const TENCENT_DEFAULT_FALLBACK: Record<CallbackSource, BeforeFallback> = { chat: 'allow', live: 'reject' };

/** One SdkAppID as a canonical digit string, or a TypeError naming the likely cause. */
function appIdOf(id: unknown): string {
  const text = typeof id === 'number' ? (Number.isSafeInteger(id) ? String(id) : '') : typeof id === 'string' ? id.trim() : '';
  if (/^[1-9]\d*$/.test(text)) return text;
  const hint =
    typeof id === 'number' && Number.isNaN(id)
      ? ' (NaN: Number() of an unset environment variable?)'
      : id === '' || id === undefined
        ? ' (an unset environment variable?)'
        : '';
  throw new TypeError(`${PREFIX} sdkAppId must be a positive integer SdkAppID, got ${JSON.stringify(id) ?? String(id)}${hint}`);
}

function acceptedAppIds(options: LiveCallbacksOptions): ReadonlySet<string> | undefined {
  if (options.allowAnySdkAppId === true) return undefined;
  if (options.sdkAppId === undefined)
    throw new TypeError(`${PREFIX} needs sdkAppId (your SdkAppID, or several), or allowAnySdkAppId: true`);
  const ids: readonly unknown[] = Array.isArray(options.sdkAppId) ? options.sdkAppId : [options.sdkAppId];
  if (ids.length === 0) throw new TypeError(`${PREFIX} sdkAppId is an empty array; list at least one SdkAppID`);
  return new Set(ids.map(appIdOf));
}

function assertToken(token: unknown, name: string): void {
  if (token === undefined || typeof token === 'function') return;
  if (typeof token !== 'string') throw new TypeError(`${PREFIX} ${name} must be a string, got ${typeof token}`);
  // sha256('' + RequestTime) is something anyone can compute: an empty token protects nothing.
  if (token === '') throw new TypeError(`${PREFIX} ${name} is an empty string; leave it out to turn signature checks off`);
}

/** The token lookup, from a string, a per-source pair or a function. */
function tokenLookup(options: LiveCallbacksOptions): Settings['tokenFor'] {
  const { token } = options;
  // `token: process.env.LIVE_CALLBACK_TOKEN` with the variable unset would quietly accept unsigned
  // callbacks; say so once, at start-up. Leaving the option out says "no token" on purpose.
  if ('token' in options && token === undefined) {
    console.warn(
      '[tencent-live-webhooks] token is undefined (an unset environment variable?): callbacks are accepted without a Sign check. Leave the option out to mean that on purpose.',
    );
  }
  if (token === undefined) return undefined;
  if (typeof token === 'function') return token;
  if (typeof token === 'string') {
    assertToken(token, 'token');
    return () => token;
  }
  if (typeof token !== 'object' || token === null) throw new TypeError(`${PREFIX} token must be a string, { live, chat } or a function`);
  assertToken(token.live, 'token.live');
  assertToken(token.chat, 'token.chat');
  if ('live' in token && token.live === undefined)
    console.warn('[tencent-live-webhooks] token.live is undefined: Live callbacks are accepted without a Sign check.');
  if ('chat' in token && token.chat === undefined)
    console.warn('[tencent-live-webhooks] token.chat is undefined: Chat callbacks are accepted without a Sign check.');
  return (_sdkAppId, source) => token[source];
}

function nonNegative(options: LiveCallbacksOptions, key: 'toleranceSeconds' | 'deadlineMs', fallback: number): number {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw new TypeError(`${PREFIX} ${key} must be a non-negative number, got ${String(value)}`);
}

function assertFallback(value: unknown, name: string): asserts value is BeforeFallback {
  if (value !== 'allow' && value !== 'reject')
    throw new TypeError(`${PREFIX} ${name} must be 'allow' or 'reject', got ${JSON.stringify(value)}`);
}

/** Per Before command: the option's choice, else Tencent's own default for the command's source. */
function fallbackLookup(option: LiveCallbacksOptions['beforeFallback']): Settings['fallbackFor'] {
  if (option === undefined) return (command) => TENCENT_DEFAULT_FALLBACK[LIVE_CALLBACK_TABLE[command].source];
  if (typeof option === 'string') {
    assertFallback(option, 'beforeFallback');
    return () => option;
  }
  for (const [command, fallback] of Object.entries(option)) {
    if (phaseOf(command) !== 'before')
      throw new TypeError(`${PREFIX} beforeFallback names ${JSON.stringify(command)}, which is not a Before command`);
    assertFallback(fallback, `beforeFallback[${JSON.stringify(command)}]`);
  }
  const byCommand = option as Partial<Record<LiveCallbackCommand, BeforeFallback>>;
  return (command) => byCommand[command] ?? TENCENT_DEFAULT_FALLBACK[LIVE_CALLBACK_TABLE[command].source];
}

function dedupeStore(store: unknown): DeliveryStore | undefined {
  if (store === undefined) return undefined;
  if (typeof store !== 'object' || store === null || typeof (store as { claim?: unknown }).claim !== 'function')
    throw new TypeError(
      `${PREFIX} dedupe must be a store with a claim() function, such as memoryDeliveryStore() or redisDeliveryStore(client)`,
    );
  return store as DeliveryStore;
}

/** Which After commands go to `defer`: a list (checked: each must be an After command) or the user's function. */
function deferSelection(options: LiveCallbacksOptions): Settings['defers'] {
  const { defer, deferCommands } = options;
  if (defer !== undefined && typeof defer !== 'function')
    throw new TypeError(`${PREFIX} defer must be a function (callback) => Promise<void>`);
  if (deferCommands === undefined) return () => true;
  if (defer === undefined) throw new TypeError(`${PREFIX} deferCommands needs defer (the function that queues callbacks)`);
  if (typeof deferCommands === 'function') return deferCommands;
  if (!Array.isArray(deferCommands)) throw new TypeError(`${PREFIX} deferCommands must be a list of After commands or a function`);
  for (const command of deferCommands) {
    if (phaseOf(command) !== 'after')
      throw new TypeError(
        `${PREFIX} deferCommands names ${JSON.stringify(command)}, which is not an After command (Before callbacks are never deferred)`,
      );
  }
  const chosen: ReadonlySet<string> = new Set(deferCommands);
  return (command) => chosen.has(command);
}

/** Checks the options and applies the defaults; throws a TypeError naming the likely cause. */
export function resolveOptions(options: LiveCallbacksOptions): Settings {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${PREFIX} needs an options object`);
  return {
    appIds: acceptedAppIds(options),
    tokenFor: tokenLookup(options),
    toleranceSeconds: nonNegative(options, 'toleranceSeconds', 60),
    deadlineMs: nonNegative(options, 'deadlineMs', 1500),
    fallbackFor: fallbackLookup(options.beforeFallback),
    now: options.now ?? Date.now,
    dedupe: dedupeStore(options.dedupe),
    defer: options.defer,
    defers: deferSelection(options),
  };
}
