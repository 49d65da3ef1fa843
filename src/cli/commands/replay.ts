import { resolveLiveCallbackCommand } from '../../commands.js';
import { sha256Hex } from '../../parse/signature.js';
import { signLiveCallbackQuery } from '../../testing/request.js';
import { CliError, JSON_OPTION } from '../args.js';
import { bodyBytesOf, claimedCommand, isCapturedRequest } from '../capture.js';
import { commandArgument } from '../catalogue.js';
import { defineCommand } from '../command.js';
import { optionalSdkAppId, SDK_APP_ID_OPTION, TOKEN_OPTIONS, tokenFor, tokensFrom, type Tokens } from '../credentials.js';
import { commandOf } from '../event.js';
import { jsonLines, readInput, type SourceLine } from '../files.js';
import { checkedUrl, jsonOrText, postCallback, withQuery, type Bytes, type Delivery } from '../http.js';
import type { Output } from '../output.js';

const OPTIONS = {
  url: { type: 'string', value: 'URL', help: 'where to send them: your callback URL (required)' },
  ...SDK_APP_ID_OPTION,
  ...TOKEN_OPTIONS,
  filter: { type: 'string', multiple: true, value: 'COMMAND', help: 'replay only this command (repeatable)' },
  rate: { type: 'string', value: 'N/s', help: 'send at most N requests a second (default: one after another, no pause)' },
  ...JSON_OPTION,
} as const;

/** Above this many requests, only failures get a line and a progress line shows the rest. */
const LONG_FILE = 20;

/** One request to send again. */
interface Saved {
  where: string;
  command: string | undefined;
  /** The query as saved (empty for a bare payload line). */
  query: string;
  body: Bytes;
  contentType: string;
}

/** A line of the file: a request saved by `listen --save`, or a bare payload. */
function savedFrom(line: SourceLine): Saved {
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch {
    throw new CliError(`${line.where} is not JSON; replay takes the JSON Lines that \`listen --save\` writes`);
  }
  if (isCapturedRequest(value)) {
    const command = claimedCommand(value);
    return {
      where: line.where,
      command,
      query: value.query,
      body: bodyBytesOf(value),
      contentType: value.headers?.['content-type'] ?? 'application/json',
    };
  }
  const command = commandOf(value);
  if (command === undefined) throw new CliError(`${line.where} is neither a saved request nor a callback payload (no CallbackCommand)`);
  return { where: line.where, command, query: '', body: new Uint8Array(Buffer.from(line.text, 'utf8')), contentType: 'application/json' };
}

/** The saved query with a fresh RequestTime and its Sign (by the command's source token), or unsigned without a token. */
async function resignedQuery(saved: Saved, sdkAppId: string | undefined, tokens: Tokens): Promise<string> {
  const base =
    saved.query === '' && sdkAppId !== undefined
      ? await signLiveCallbackQuery({ sdkAppId, ...(saved.command && { command: saved.command }) })
      : saved.query;
  const params = new URLSearchParams(base);
  if (sdkAppId !== undefined) params.set('SdkAppid', sdkAppId);
  const token = tokenFor(tokens, saved.command);
  if (token === undefined) {
    params.delete('Sign');
    params.delete('RequestTime');
    return params.toString();
  }
  const requestTime = String(Math.floor(Date.now() / 1000));
  params.set('Sign', await sha256Hex(`${token}${requestTime}`));
  params.set('RequestTime', requestTime);
  return params.toString();
}

/** Every request must have an app before the first is sent: saved ones carry theirs, bare payloads need --sdk-app-id. */
function checkSdkAppIds(all: readonly Saved[], sdkAppId: string | undefined): void {
  if (sdkAppId !== undefined) return;
  const without = all.find((saved) => !new URLSearchParams(saved.query).has('SdkAppid'));
  if (without !== undefined) throw new CliError(`${without.where} has no SdkAppid; pass --sdk-app-id ID`);
}

/** Waits so that request `index` starts no sooner than `index / rate` seconds after the first. */
function pacer(rate: number | undefined): (index: number) => Promise<void> {
  let startedAt = 0;
  return async (index) => {
    if (rate === undefined) return;
    if (index === 0) startedAt = Date.now();
    const wait = startedAt + (index * 1000) / rate - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}

function rateOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(?:\/s)?$/.exec(value.trim());
  const rate = match === null ? Number.NaN : Number(match[1]);
  if (!(rate > 0)) throw new CliError(`--rate takes requests per second, like 10/s; got ${JSON.stringify(value)}`);
  return rate;
}

function selected(all: readonly Saved[], filters: readonly string[] | undefined): Saved[] {
  if (filters === undefined) return [...all];
  const wanted = new Set(filters.map((filter) => commandArgument(filter)));
  return all.filter((saved) => {
    const command = saved.command === undefined ? undefined : resolveLiveCallbackCommand(saved.command);
    return command !== undefined && wanted.has(command);
  });
}

function report(saved: Saved, position: string, delivery: Delivery, quiet: boolean, output: Output): boolean {
  const command = saved.command ?? '(no command)';
  const base = { where: saved.where, command: saved.command ?? null };
  if (!delivery.ok) {
    output.emit(`${position} ${command} -> ${output.paint.red(delivery.error)}`, { ...base, ok: false, error: delivery.error });
    return false;
  }
  const ok = delivery.status === 200;
  const record = { ...base, ok, status: delivery.status, reply: jsonOrText(delivery.text) };
  const status = `HTTP ${delivery.status}`;
  if (!ok || !quiet || output.json)
    output.emit(`${position} ${command} -> ${ok ? output.paint.green(status) : output.paint.red(status)} ${delivery.text}`, record);
  return ok;
}

interface Destination {
  url: string;
  sdkAppId: string | undefined;
  tokens: Tokens;
  rate: number | undefined;
}

/** Sends every request in order; returns how many failed. Long files get a progress line instead of a line per success. */
async function sendAll(chosen: readonly Saved[], destination: Destination, output: Output, progressInPlace: boolean): Promise<number> {
  const pace = pacer(destination.rate);
  const quiet = chosen.length > LONG_FILE;
  // On a terminal the progress line is rewritten each time; in a log, one line per tenth is enough.
  const progressEvery = progressInPlace ? 1 : Math.ceil(chosen.length / 10);
  let failed = 0;
  for (const [index, saved] of chosen.entries()) {
    await pace(index);
    const query = await resignedQuery(saved, destination.sdkAppId, destination.tokens);
    const position = `[${index + 1}/${chosen.length}]`;
    const delivery = await postCallback(withQuery(destination.url, query), saved.body, saved.contentType);
    if (!report(saved, position, delivery, quiet, output)) failed++;
    if (quiet && ((index + 1) % progressEvery === 0 || index + 1 === chosen.length)) output.progress(`${position} sent, ${failed} failed`);
  }
  output.endProgress();
  return failed;
}

function printSummary(output: Output, url: string, summary: { sent: number; ok: number; failed: number; skipped: number }): void {
  const { sent, ok, failed, skipped } = summary;
  const filtered = skipped > 0 ? ` (${skipped} left out by --filter)` : '';
  const line = `Replayed ${sent} request${sent === 1 ? '' : 's'} to ${url}: ${ok} answered 200, ${failed} failed${filtered}`;
  output.emit(failed > 0 ? output.paint.red(line) : output.paint.green(line), { summary });
}

export const replay = defineCommand({
  name: 'replay',
  synopsis: 'FILE.jsonl --url URL [--sdk-app-id ID] [--token TOKEN] [--filter COMMAND] [--rate N/s]',
  summary: 'send saved requests again, re-signed with a fresh RequestTime',
  description: [
    'Sends each request saved by `listen --save` (or each payload of a JSON Lines file) to URL, in order,',
    'with its body bytes unchanged and its query re-signed: a fresh RequestTime and its Sign, made with',
    "the token of the command's source (--chat-token for Chat commands, else --token). Without a token the",
    'requests go unsigned. --sdk-app-id replaces the saved SdkAppid. Exits 1 if any reply is not HTTP 200.',
  ].join('\n'),
  options: OPTIONS,
  positionals: { min: 1, max: 1, missing: 'missing the file to replay (FILE.jsonl, as written by `listen --save`)' },
  examples: [
    'replay callbacks.jsonl --url http://localhost:3000/tencent/live/callback --token "$LIVE_CALLBACK_TOKEN"',
    'replay callbacks.jsonl --url http://localhost:3000/callback --filter Live.CallbackBeforeSendGift --rate 5/s',
  ],
  async run({ values, positionals }, output, io) {
    const [file = ''] = positionals;
    if (values.url === undefined) throw new CliError('missing --url URL: where to send the saved requests');
    const url = checkedUrl(values.url, '--url');
    const sdkAppId = optionalSdkAppId(values, io.env);
    const tokens = tokensFrom(values, io.env);
    const rate = rateOf(values.rate);
    const all = jsonLines(file, readInput(file)).map(savedFrom);
    const chosen = selected(all, values.filter);
    checkSdkAppIds(chosen, sdkAppId);
    if (tokens.live === undefined && tokens.chat === undefined) output.warn('no token given: the requests go without Sign and RequestTime');
    const failed = await sendAll(chosen, { url, sdkAppId, tokens, rate }, output, io.errIsTTY);
    printSummary(output, url, { sent: chosen.length, ok: chosen.length - failed, failed, skipped: all.length - chosen.length });
    if (chosen.length === 0) output.warn('nothing to replay');
    return failed > 0 || chosen.length === 0 ? 1 : 0;
  },
});
