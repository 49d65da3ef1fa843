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

/**
 * The parameters read, in slot order: `values[slot]` holds the first value seen. Names are matched
 * case-insensitively because the docs spell them `SdkAppid` (every webhook page) and `SdkAppId`
 * (the overview table); the overview also calls the command `WebhookCommand` (647/64412).
 */
const PARAMETER_NAMES = [
  'sdkappid',
  'callbackcommand',
  'contenttype',
  'clientip',
  'optplatform',
  'sign',
  'requesttime',
  'webhookcommand',
] as const;
const COMMAND_SLOT = 1;
const WEBHOOK_COMMAND_SLOT = 7;

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
const DOCUMENTED_PLATFORMS: ReadonlySet<string> = new Set(Object.values(PLATFORM_BY_LOWER));

/** Whether the text is one or more ASCII digits (a loop: cheaper than a regex on every request). */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function documentedPlatform(sent: string): string {
  // Tencent sends the documented spelling nearly always: no lower-cased copy for it.
  if (DOCUMENTED_PLATFORMS.has(sent)) return sent;
  const lower = sent.toLowerCase();
  return Object.hasOwn(PLATFORM_BY_LOWER, lower) ? (PLATFORM_BY_LOWER[lower] as OptPlatform) : sent;
}

/**
 * The slot of the parameter named by `text[start..end)`, or -1. Compared in place: no lower-cased
 * copy of every name, and no lookup that could hit `Object.prototype` (`constructor=...`).
 */
function slotNamed(text: string, start = 0, end = text.length): number {
  const length = end - start;
  for (let slot = 0; slot < PARAMETER_NAMES.length; slot++) {
    const name = PARAMETER_NAMES[slot] as string;
    if (name.length !== length) continue;
    let i = 0;
    // `| 32` lower-cases ASCII letters; the names are letters only, so nothing else can match.
    while (i < length && (text.charCodeAt(start + i) | 32) === name.charCodeAt(i)) i++;
    if (i === length) return slot === WEBHOOK_COMMAND_SLOT ? COMMAND_SLOT : slot;
  }
  return -1;
}

/** Whether a character is printable ASCII, so certainly not whitespace that `trim` would remove. */
function isVisibleAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** The value trimmed; a value with nothing to trim is returned as is (the usual case, no copy). */
function trimmed(value: string): string {
  return value.length > 0 && isVisibleAscii(value.charCodeAt(0)) && isVisibleAscii(value.charCodeAt(value.length - 1))
    ? value
    : value.trim();
}

/** Keeps the first value of a known parameter, trimmed. */
function keep(values: (string | undefined)[], slot: number, value: string): void {
  if (slot !== -1 && values[slot] === undefined) values[slot] = trimmed(value);
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
 * The query exactly as Tencent sends it (647/64412, 1047/34354): these names in this order, Sign and
 * RequestTime appended when a token is set, and values that need no decoding or trimming. Its seven
 * values are the regex's seven groups, in slot order.
 */
const TENCENT_LAYOUT =
  /SdkAppid=(\d+)&CallbackCommand=([\w.]+)&contenttype=(\w+)&ClientIP=([\w.:]+)&OptPlatform=(\w+)(?:&Sign=(\w+)&RequestTime=(\d+))?$/y;

/**
 * A query in Tencent's own layout, read with one native regex match straight into the result: about
 * half the cost of matching each name by hand, and no trimming, digit check or slot table, since the
 * regex only matches values that need none (test/parse/query.test.ts checks both readers agree).
 * Undefined for any other query (another order or spelling, escapes, empty values).
 */
function readTencentLayout(search: string, from: number): LiveCallbackQuery | undefined {
  TENCENT_LAYOUT.lastIndex = from;
  const match = TENCENT_LAYOUT.exec(search);
  if (match === null) return undefined;
  // The same fields in the same order as the general reader sets them: one object shape for both.
  const parsed: LiveCallbackQuery = {
    sdkAppId: match[1] as string,
    command: match[2] as string,
    contentType: match[3] as string,
    clientIp: match[4] as string,
    optPlatform: documentedPlatform(match[5] as string),
  };
  if (match[6] !== undefined) {
    parsed.sign = match[6];
    parsed.requestTime = Number(match[7]);
  }
  return parsed;
}

/**
 * Reads `a=1&b=2` by hand from `from` on: this runs on every request, and `new URLSearchParams(text)`
 * alone costs about as much as JSON.parse of a whole callback body (see bench/bench.mjs). Tencent's
 * query is plain ASCII, so names are matched in place and nothing is decoded unless `%` or `+` appears.
 */
function collectFromSearch(search: string, from: number, values: (string | undefined)[]): void {
  const encoded = search.includes('%', from) || search.includes('+', from);
  let start = from;
  while (start < search.length) {
    let end = search.indexOf('&', start);
    if (end === -1) end = search.length;
    let equals = search.indexOf('=', start);
    if (equals === -1 || equals > end) equals = end;
    const slot = encoded ? slotNamed(formDecode(search.slice(start, equals))) : slotNamed(search, start, equals);
    if (slot !== -1 && values[slot] === undefined) {
      const value = search.slice(equals + 1, end);
      values[slot] = trimmed(encoded ? formDecode(value) : value);
    }
    start = end + 1;
  }
}

/** The first value of each known parameter of any query form, by slot; undefined for something that is not a query. */
function collectValues(query: QueryInput): (string | undefined)[] | undefined {
  const values: (string | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  if (typeof query === 'string') {
    collectFromSearch(query, query.indexOf('?') + 1, values);
  } else if (query instanceof URL) {
    collectFromSearch(query.search, 1, values);
  } else if (query instanceof URLSearchParams) {
    query.forEach((value, name) => {
      keep(values, slotNamed(name), value);
    });
  } else if (typeof query === 'object' && query !== null) {
    // A record such as Express's req.query: a repeated name gives an array (first wins); qs may
    // give nested objects, which no Tencent parameter is, so anything not a string is skipped.
    for (const name of Object.keys(query)) {
      const value: unknown = (query as Record<string, unknown>)[name];
      const first: unknown = Array.isArray(value) ? value[0] : value;
      if (typeof first === 'string') keep(values, slotNamed(name), first);
    }
  } else {
    return undefined;
  }
  return values;
}

/**
 * Reads the callback URL's query: a string (with or without `?`, or a whole URL), a `URL`, a
 * `URLSearchParams`, or a record such as Express's `req.query`. Values are trimmed; empty ones are
 * left out, as if not sent. Never throws.
 */
export function parseLiveCallbackQuery(query: QueryInput): Result<LiveCallbackQuery> {
  const inLayout =
    typeof query === 'string'
      ? readTencentLayout(query, query.indexOf('?') + 1)
      : query instanceof URL
        ? readTencentLayout(query.search, 1)
        : undefined;
  if (inLayout !== undefined) return ok(inLayout);
  const values = collectValues(query);
  if (values === undefined)
    return fail(
      'invalid_query',
      `expected the callback URL's query (string, URL, URLSearchParams or record), got ${query === null ? 'null' : typeof query}`,
    );
  // Indexed reads, not array destructuring: this runs on every request.
  const sdkAppId = values[0];
  if (sdkAppId === undefined || !isDigits(sdkAppId)) {
    return fail(
      'invalid_query',
      sdkAppId === undefined || sdkAppId === ''
        ? 'the query has no SdkAppid; is this a Tencent Cloud Live callback URL?'
        : `SdkAppid must be digits, got ${JSON.stringify(sdkAppId)}`,
    );
  }
  const requestTime = values[6];
  if (requestTime && !isDigits(requestTime))
    return fail('invalid_query', `RequestTime must be Unix seconds, got ${JSON.stringify(requestTime)}`);
  const parsed: LiveCallbackQuery = { sdkAppId };
  if (values[1]) parsed.command = values[1];
  if (values[2]) parsed.contentType = values[2];
  if (values[3]) parsed.clientIp = values[3];
  if (values[4]) parsed.optPlatform = documentedPlatform(values[4]);
  if (values[5]) parsed.sign = values[5];
  if (requestTime) parsed.requestTime = Number(requestTime);
  return ok(parsed);
}
