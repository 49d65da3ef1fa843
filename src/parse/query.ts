import { fail, ok, type Result } from '../errors.js';

/** The query Tencent appends to the callback URL, in any form an HTTP stack hands it over. */
export type QueryInput = string | URL | URLSearchParams | Record<string, string | string[] | undefined>;

/** The platforms the docs list for `OptPlatform` (647/64412), in their Live spelling. */
export type OptPlatform = 'RESTAPI' | 'Web' | 'Android' | 'iOS' | 'Windows' | 'Mac' | 'iPad' | 'Unknown';

/** The callback URL's query, normalised. */
export interface LiveCallbackQuery {
  /** The app the callback is for (`SdkAppid`). */
  sdkAppId: string;
  /** `CallbackCommand` as the URL gives it; the body's own `CallbackCommand` wins over it. */
  command?: string;
  /** `contenttype`, always "json" today. */
  contentType?: string;
  /** IP address of the client that caused the event (`ClientIP`). */
  clientIp?: string;
  /** Where the request came from (`OptPlatform`), normalised to the documented spellings; other values as sent. */
  optPlatform?: OptPlatform | (string & {});
  /** `Sign`: hex sha256 of token + RequestTime, present when a callback token is set. */
  sign?: string;
  /** `RequestTime`: when Tencent signed the request, Unix seconds. */
  requestTime?: number;
}

type QueryField = keyof LiveCallbackQuery;

/**
 * Lower-cased parameter name -> field. Names are case-insensitive because the docs spell them
 * `SdkAppid` (every webhook page) and `SdkAppId` (the overview table); the overview also calls the
 * command `WebhookCommand` (647/64412).
 */
const FIELD_BY_PARAMETER: Readonly<Record<string, QueryField>> = {
  sdkappid: 'sdkAppId',
  callbackcommand: 'command',
  webhookcommand: 'command',
  contenttype: 'contentType',
  clientip: 'clientIp',
  optplatform: 'optPlatform',
  sign: 'sign',
  requesttime: 'requestTime',
};

/** Lower-cased OptPlatform -> documented spelling; the Chat docs say `macOS` and send `IOS` (1047/34354). */
const PLATFORM_BY_LOWER: Readonly<Record<string, OptPlatform>> = {
  restapi: 'RESTAPI',
  web: 'Web',
  android: 'Android',
  ios: 'iOS',
  windows: 'Windows',
  mac: 'Mac',
  macos: 'Mac',
  ipad: 'iPad',
  unknown: 'Unknown',
};

const DIGITS = /^\d+$/;

/** Visits each (name, value) pair of any query form; the first value of a repeated name wins. */
function forEachParameter(query: QueryInput, visit: (name: string, value: string) => void): boolean {
  if (typeof query === 'string') {
    const start = query.indexOf('?');
    new URLSearchParams(start === -1 ? query : query.slice(start + 1)).forEach((value, name) => visit(name, value));
  } else if (query instanceof URLSearchParams) {
    query.forEach((value, name) => visit(name, value));
  } else if (query instanceof URL) {
    query.searchParams.forEach((value, name) => visit(name, value));
  } else if (typeof query === 'object' && query !== null) {
    for (const name of Object.keys(query)) {
      const value: unknown = (query as Record<string, unknown>)[name];
      const first: unknown = Array.isArray(value) ? value[0] : value;
      if (typeof first === 'string') visit(name, first);
    }
  } else {
    return false;
  }
  return true;
}

/** Collects the known parameters (first occurrence wins), trimmed. */
function collectFields(query: QueryInput): Partial<Record<QueryField, string>> | undefined {
  const fields: Partial<Record<QueryField, string>> = {};
  const isQuery = forEachParameter(query, (name, value) => {
    const field = FIELD_BY_PARAMETER[name.toLowerCase()];
    if (field !== undefined && fields[field] === undefined) fields[field] = value.trim();
  });
  return isQuery ? fields : undefined;
}

/**
 * Reads the callback URL's query: a string (with or without `?`, or a whole URL), a `URL`, a
 * `URLSearchParams`, or a record such as Express's `req.query`. Never throws.
 */
export function parseLiveCallbackQuery(query: QueryInput): Result<LiveCallbackQuery> {
  const fields = collectFields(query);
  if (fields === undefined) return fail('invalid_query', `expected the callback URL's query (string, URL, URLSearchParams or record), got ${query === null ? 'null' : typeof query}`);
  const { sdkAppId, requestTime, optPlatform, ...rest } = fields;
  if (sdkAppId === undefined || !DIGITS.test(sdkAppId)) {
    return fail('invalid_query', sdkAppId === undefined || sdkAppId === '' ? 'the query has no SdkAppid; is this a Tencent Cloud Live callback URL?' : `SdkAppid must be digits, got ${JSON.stringify(sdkAppId)}`);
  }
  const parsed: LiveCallbackQuery = { sdkAppId };
  for (const [field, value] of Object.entries(rest) as [Exclude<QueryField, 'sdkAppId' | 'requestTime' | 'optPlatform'>, string][]) {
    if (value !== '') parsed[field] = value;
  }
  if (optPlatform !== undefined && optPlatform !== '') parsed.optPlatform = PLATFORM_BY_LOWER[optPlatform.toLowerCase()] ?? optPlatform;
  if (requestTime !== undefined && requestTime !== '') {
    if (!DIGITS.test(requestTime)) return fail('invalid_query', `RequestTime must be Unix seconds, got ${JSON.stringify(requestTime)}`);
    parsed.requestTime = Number(requestTime);
  }
  return ok(parsed);
}
