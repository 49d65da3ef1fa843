import type { CallbackSource } from '../catalogue/row.js';
import { callbackSourceOf } from '../commands.js';
import { LiveCallbackError, fail, ok, type Result } from '../errors.js';
import type { LiveCallbackQuery } from '../parse/query.js';
import { SignCache, checkLiveCallbackSignature } from '../parse/signature.js';
import type { MaybePromise } from './deadline.js';
import type { Settings } from './options.js';

/**
 * Who may post: the SdkAppid first (403), then the Sign with the token of the request's source
 * (401). The output is the source the request was verified for; the body must belong to it.
 */
export type Authenticate = (query: LiveCallbackQuery) => MaybePromise<Result<CallbackSource | undefined>>;

const SOURCES: readonly CallbackSource[] = ['live', 'chat'];

function tokenUnavailable(cause: unknown): Result<never> {
  return fail('token_unavailable', 'the token function threw or rejected; the callback was refused unchecked', { cause });
}

/** The outcome of a request verified for a source: the same two frozen results for every request. */
const VERIFIED_FOR: Readonly<Record<CallbackSource, Result<CallbackSource>>> = {
  live: Object.freeze(ok<CallbackSource>('live')),
  chat: Object.freeze(ok<CallbackSource>('chat')),
};
const NO_SOURCE: Result<undefined> = Object.freeze(ok(undefined));

export function createAuthenticator(settings: Settings): Authenticate {
  const { appIds, tokenFor, toleranceSeconds, now } = settings;
  const signs = new SignCache(toleranceSeconds);

  /** The Sign checked with `token` (undefined: this source has none, so no check). */
  function checkWith(query: LiveCallbackQuery, source: CallbackSource, token: string | undefined): MaybePromise<Result<CallbackSource>> {
    if (token === undefined) return VERIFIED_FOR[source];
    const checked = checkLiveCallbackSignature(query, token, now(), toleranceSeconds, signs);
    if (checked instanceof Promise) return checked.then((result) => (result.success ? VERIFIED_FOR[source] : result));
    return checked.success ? VERIFIED_FOR[source] : checked;
  }

  /** Checks the Sign with `source`'s token; synchronous unless the token or the digest is pending. */
  function verifyFor(query: LiveCallbackQuery, source: CallbackSource): MaybePromise<Result<CallbackSource>> {
    let token: MaybePromise<string | undefined>;
    try {
      token = (tokenFor as NonNullable<Settings['tokenFor']>)(query.sdkAppId, source);
    } catch (error) {
      return tokenUnavailable(error);
    }
    return token instanceof Promise
      ? token.then((resolved) => checkWith(query, source, resolved), tokenUnavailable)
      : checkWith(query, source, token);
  }

  /** A query without CallbackCommand names no source: it is whichever source's token its Sign matches. */
  async function verifyAnySource(query: LiveCallbackQuery): Promise<Result<CallbackSource>> {
    let first: Result<CallbackSource> | undefined;
    for (const source of SOURCES) {
      const result = await verifyFor(query, source);
      if (result.success) return result;
      first ??= result;
    }
    return first as Result<CallbackSource>;
  }

  return (query) => {
    if (appIds !== undefined && !appIds.has(query.sdkAppId)) {
      return fail('sdk_app_id_mismatch', `SdkAppid ${query.sdkAppId} is not one this server accepts; check the sdkAppId option`);
    }
    const source = query.command === undefined ? undefined : callbackSourceOf(query.command);
    if (tokenFor === undefined) return source === undefined ? NO_SOURCE : VERIFIED_FOR[source];
    return source === undefined ? verifyAnySource(query) : verifyFor(query, source);
  };
}

/** A body of another source than the one the request was verified for: the other token must not post it. */
export function sourceMismatch(verified: CallbackSource, command: string): LiveCallbackError {
  return new LiveCallbackError(
    'source_mismatch',
    `${command} is a ${callbackSourceOf(command)} callback, but the request was verified for the ${verified} source (query CallbackCommand); refused`,
  );
}
