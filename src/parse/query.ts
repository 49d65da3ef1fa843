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
 * Parameter name (lower case) and its field. Names are case-insensitive because the docs spell them
 * `SdkAppid` (every webhook page) and `SdkAppId` (the overview table); the overview also calls the
 * command `WebhookCommand` (647/64412).
 */
const PARAMETERS: readonly (readonly [name: string, field: QueryField])[] = [
  ['sdkappid', 'sdkAppId'],
  ['callbackcommand', 'command'],
  ['webhookcommand', 'command'],
  ['contenttype', 'contentType'],
  ['clientip', 'clientIp'],
  ['optplatform', 'optPlatform'],
  ['sign', 'sign'],
  ['requesttime', 'requestTime'],
];

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

function documentedPlatform(sent: string): string {
  const lower = sent.toLowerCase();
  return Object.hasOwn(PLATFORM_BY_LOWER, lower) ? (PLATFORM_BY_LOWER[lower] as OptPlatform) : sent;
}

type Fields = Partial<Record<QueryField, string>>;

/**
 * The field named by `text[start..end)`, compared case-insensitively in place: no lower-cased copy
 * of every name, and no lookup that could hit `Object.prototype` (`constructor=...`).
 */
function fieldNamed(text: string, start = 0, end = text.length): QueryField | undefined {
  for (const [name, field] of PARAMETERS) {
    if (name.length !== end - start) continue;
    let i = 0;
    // `| 32` lower-cases ASCII letters; the names are letters only, so nothing else can match.
    while (i < name.length && (text.charCodeAt(start + i) | 32) === name.charCodeAt(i)) i++;
    if (i === name.length) return field;
  }
  return undefined;
}

/** Keeps the first value of a known parameter, trimmed. */
function keep(fields: Fields, field: QueryField | undefined, value: string): void {
  if (field !== undefined && fields[field] === undefined) fields[field] = value.trim();
}

/** Form-decodes one name or value like URLSearchParams; a broken `%` escape is kept as sent. */
function formDecode(text: string): string {
  const spaced = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Reads `a=1&b=2` by hand: this runs on every request, and `new URLSearchParams(text)` alone costs
 * about 1.2 µs, near JSON.parse of a whole callback body (see bench/bench.mjs). Tencent's query is
 * plain ASCII, so names are matched in place and nothing is decoded unless a `%` or `+` appears.
 */
function collectFromSearch(search: string, fields: Fields): void {
  const encoded = search.includes('%') || search.includes('+');
  let start = search.charCodeAt(0) === 63 /* ? */ ? 1 : 0;
  while (start < search.length) {
    let end = search.indexOf('&', start);
    if (end === -1) end = search.length;
    let equals = search.indexOf('=', start);
    if (equals === -1 || equals > end) equals = end;
    const field = encoded ? fieldNamed(formDecode(search.slice(start, equals))) : fieldNamed(search, start, equals);
    if (field !== undefined && fields[field] === undefined) {
      const value = search.slice(equals + 1, end);
      fields[field] = (encoded ? formDecode(value) : value).trim();
    }
    start = end + 1;
  }
}

/** Collects the known parameters of any query form; undefined for something that is not a query. */
function collectFields(query: QueryInput): Fields | undefined {
  const fields: Fields = {};
  if (typeof query === 'string') {
    const questionMark = query.indexOf('?');
    collectFromSearch(questionMark === -1 ? query : query.slice(questionMark + 1), fields);
  } else if (query instanceof URL) {
    collectFromSearch(query.search, fields);
  } else if (query instanceof URLSearchParams) {
    query.forEach((value, name) => keep(fields, fieldNamed(name), value));
  } else if (typeof query === 'object' && query !== null) {
    // A record such as Express's req.query: a repeated name gives an array (first wins); qs may
    // give nested objects, which no Tencent parameter is, so anything not a string is skipped.
    for (const name of Object.keys(query)) {
      const value: unknown = (query as Record<string, unknown>)[name];
      const first: unknown = Array.isArray(value) ? value[0] : value;
      if (typeof first === 'string') keep(fields, fieldNamed(name), first);
    }
  } else {
    return undefined;
  }
  return fields;
}

/**
 * Reads the callback URL's query: a string (with or without `?`, or a whole URL), a `URL`, a
 * `URLSearchParams`, or a record such as Express's `req.query`. Never throws.
 */
export function parseLiveCallbackQuery(query: QueryInput): Result<LiveCallbackQuery> {
  const fields = collectFields(query);
  if (fields === undefined) return fail('invalid_query', `expected the callback URL's query (string, URL, URLSearchParams or record), got ${query === null ? 'null' : typeof query}`);
  const { sdkAppId, command, contentType, clientIp, optPlatform, sign, requestTime } = fields;
  if (sdkAppId === undefined || !DIGITS.test(sdkAppId)) {
    return fail('invalid_query', sdkAppId === undefined || sdkAppId === '' ? 'the query has no SdkAppid; is this a Tencent Cloud Live callback URL?' : `SdkAppid must be digits, got ${JSON.stringify(sdkAppId)}`);
  }
  // Empty values are left out, as if not sent.
  const parsed: LiveCallbackQuery = { sdkAppId };
  if (command) parsed.command = command;
  if (contentType) parsed.contentType = contentType;
  if (clientIp) parsed.clientIp = clientIp;
  if (optPlatform) parsed.optPlatform = documentedPlatform(optPlatform);
  if (sign) parsed.sign = sign;
  if (requestTime) {
    if (!DIGITS.test(requestTime)) return fail('invalid_query', `RequestTime must be Unix seconds, got ${JSON.stringify(requestTime)}`);
    parsed.requestTime = Number(requestTime);
  }
  return ok(parsed);
}
