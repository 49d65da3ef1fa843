import { DEFAULT_CALLBACK_PATH } from '../adapters/shared.js';
import { callbackSourceOf, type LiveCallbackCommand, type LiveCallbackOf } from '../commands.js';
import type { LiveCallbackTokens } from '../dispatch/types.js';
import { sha256Hex } from '../parse/signature.js';
import { fixtures } from './fixtures.js';

/** What Tencent puts in a callback URL's query. */
export interface SignLiveCallbackQueryOptions {
  /** The app the callback is for. */
  sdkAppId: number | string;
  /** `CallbackCommand` of the query (Tencent repeats the body's). */
  command?: string;
  /**
   * The callback token; without it the query carries no Sign and RequestTime. With `{ live, chat }`
   * the query is signed with the token of the command's source, as Tencent signs it.
   */
  token?: string | LiveCallbackTokens;
  /** The clock, Unix milliseconds; default `Date.now()`. RequestTime is its whole seconds. */
  now?: number;
  /** `ClientIP`; default a documentation address. */
  clientIp?: string;
  /** `OptPlatform`; default `RESTAPI`. */
  optPlatform?: string;
}

/**
 * The query string Tencent appends to the callback URL (without `?`), signed as Tencent signs it
 * when a token is set: `Sign = hex(sha256(token + RequestTime))` (647/64412).
 */
export async function signLiveCallbackQuery(options: SignLiveCallbackQueryOptions): Promise<string> {
  const params = new URLSearchParams({ SdkAppid: String(options.sdkAppId) });
  if (options.command !== undefined) params.set('CallbackCommand', options.command);
  params.set('contenttype', 'json');
  params.set('ClientIP', options.clientIp ?? '203.0.113.7');
  params.set('OptPlatform', options.optPlatform ?? 'RESTAPI');
  const token = typeof options.token === 'object' ? options.token[callbackSourceOf(options.command ?? '')] : options.token;
  if (token !== undefined) {
    const requestTime = Math.floor((options.now ?? Date.now()) / 1000);
    params.set('Sign', await sha256Hex(`${token}${requestTime}`));
    params.set('RequestTime', String(requestTime));
  }
  return params.toString();
}

/**
 * A valid payload of `command`: a deep copy of the bundled fixture with `overrides` on top
 * (top-level fields; pass a whole nested object to change one).
 */
export function createLiveCallbackFixture<C extends LiveCallbackCommand>(
  command: C,
  overrides: Partial<LiveCallbackOf<C>> = {},
): LiveCallbackOf<C> {
  const fixture: unknown = fixtures[command];
  if (fixture === undefined)
    throw new TypeError(`[tencent-live-webhooks] no fixture for ${JSON.stringify(command)}; see LIVE_CALLBACK_COMMANDS`);
  return { ...(structuredClone(fixture) as LiveCallbackOf<C>), ...overrides };
}

/** What {@link createLiveCallbackRequest} builds: the command, and how to sign and change its fixture. */
export interface CreateLiveCallbackRequestOptions<C extends LiveCallbackCommand> extends Omit<SignLiveCallbackQueryOptions, 'command'> {
  /** The command to send; its bundled fixture is the body. */
  command: C;
  /** Where the callback goes; default `http://127.0.0.1/tencent/live/callback`. */
  url?: string;
  /** Fields to change in the fixture. */
  overrides?: Partial<LiveCallbackOf<C>>;
}

/** A complete callback as Tencent would send it: the signed URL, its query, the JSON body, and a web `Request`. */
export interface LiveCallbackTestRequest<C extends LiveCallbackCommand> {
  /** The callback URL with the signed query appended. */
  url: string;
  /** The signed query alone, without `?`. */
  query: string;
  /** The JSON body, as Tencent would POST it. */
  body: string;
  /** The event the body holds, as a handler receives it. */
  event: LiveCallbackOf<C>;
  /** A web `Request` of the whole callback, for a fetch handler. */
  request: Request;
}

/**
 * Builds a callback of `command` for a test: feed `query` and `body` to `handleLiveCallback`, send
 * `request` to a fetch handler, or POST `body` to `url` on a running server.
 */
export async function createLiveCallbackRequest<C extends LiveCallbackCommand>(
  options: CreateLiveCallbackRequestOptions<C>,
): Promise<LiveCallbackTestRequest<C>> {
  const { command, url: base = `http://127.0.0.1${DEFAULT_CALLBACK_PATH}`, overrides, ...signing } = options;
  const event = createLiveCallbackFixture(command, overrides);
  const query = await signLiveCallbackQuery({ ...signing, command });
  const url = `${base}${base.includes('?') ? '&' : '?'}${query}`;
  const body = JSON.stringify(event);
  const request = new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { url, query, body, event, request };
}
