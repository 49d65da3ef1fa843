import { readFileSync } from 'node:fs';
import { LIVE_CALLBACK_COMMANDS, type LiveCallbackCommand } from '../../commands.js';
import { decodeJsonBody } from '../../parse/json.js';
import { createLiveCallbackFixture, signLiveCallbackQuery } from '../../testing/request.js';
import { CliError, JSON_OPTION, type OptionValues } from '../args.js';
import { commandArgument } from '../catalogue.js';
import { defineCommand } from '../command.js';
import { requiredSdkAppId, SDK_APP_ID_OPTION, TOKEN_OPTIONS, tokenFor, tokensFrom, type Tokens } from '../credentials.js';
import { commandOf } from '../event.js';
import { checkedUrl, jsonOrText, postCallback, withQuery } from '../http.js';
import type { Output } from '../output.js';
import { applyAssignment, parseAssignment, type Assignment } from '../set-path.js';

const OPTIONS = {
  url: { type: 'string', value: 'URL', help: 'your callback URL (required)' },
  ...SDK_APP_ID_OPTION,
  ...TOKEN_OPTIONS,
  data: { type: 'string', value: 'FILE', help: 'send the JSON object in FILE instead of the bundled fixture' },
  set: { type: 'string', multiple: true, value: 'PATH=VALUE', help: 'change one field first (repeatable): GiftWater.Coins=5000' },
  ...JSON_OPTION,
} as const;

/** One request to send: the command it is for (query, token) and the body text. */
export interface Payload {
  command: string;
  body: string;
}

/** Where requests go and how they are signed. */
export interface Target {
  url: string;
  sdkAppId: string;
  tokens: Tokens;
}

/** POSTs one payload signed like Tencent (with its source's token, if any), and prints the reply. True on HTTP 200. */
async function sendOne(payload: Payload, target: Target, output: Output): Promise<boolean> {
  const token = tokenFor(target.tokens, payload.command);
  const query = await signLiveCallbackQuery({ sdkAppId: target.sdkAppId, command: payload.command, ...(token !== undefined && { token }) });
  const delivery = await postCallback(withQuery(target.url, query), payload.body);
  if (!delivery.ok) {
    output.emit(`${payload.command} -> ${output.paint.red(delivery.error)}`, {
      command: payload.command,
      ok: false,
      error: delivery.error,
    });
    return false;
  }
  const ok = delivery.status === 200;
  const status = `HTTP ${delivery.status}`;
  output.emit(`${payload.command} -> ${ok ? output.paint.green(status) : output.paint.red(status)} ${delivery.text}`, {
    command: payload.command,
    ok,
    status: delivery.status,
    reply: jsonOrText(delivery.text),
  });
  return ok;
}

/** Sends each payload in turn; true when every reply was HTTP 200. */
export async function sendPayloads(payloads: readonly Payload[], target: Target, output: Output): Promise<boolean> {
  let allOk = true;
  for (const payload of payloads) allOk = (await sendOne(payload, target, output)) && allOk;
  return allOk;
}

function fixturePayloads(name: string, assignments: readonly Assignment[]): Payload[] {
  const commands: readonly LiveCallbackCommand[] = name === 'all' ? LIVE_CALLBACK_COMMANDS : [commandArgument(name, ['all'])];
  return commands.map((command) => {
    const event = createLiveCallbackFixture(command) as unknown as Record<string, unknown>;
    for (const assignment of assignments) applyAssignment(event, assignment);
    return { command, body: JSON.stringify(event) };
  });
}

function readPayloadFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read --data ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * The user's own payload: sent byte for byte unless --set changes it. Long integers are kept exact
 * (the library's decoder quotes them), so a changed payload may carry them as strings.
 */
function filePayload(file: string, name: string | undefined, assignments: readonly Assignment[]): Payload {
  const text = readPayloadFile(file);
  const decoded = decodeJsonBody(text);
  const body = decoded.success ? decoded.output : undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new CliError(`--data ${file} must hold one JSON object`);
  const command = name === undefined ? commandOf(body) : commandArgument(name);
  if (command === undefined) throw new CliError(`--data ${file} has no CallbackCommand; name the command: send <command> --data ${file}`);
  for (const assignment of assignments) applyAssignment(body as Record<string, unknown>, assignment);
  return { command, body: assignments.length === 0 ? text : JSON.stringify(body) };
}

function payloadsFrom(values: OptionValues<typeof OPTIONS>, name: string | undefined): Payload[] {
  const assignments = (values.set ?? []).map(parseAssignment);
  if (values.data !== undefined) {
    if (name === 'all') throw new CliError('--data sends one payload; name its command or leave the command out');
    return [filePayload(values.data, name, assignments)];
  }
  if (name === undefined) throw new CliError('missing the command to send: send <command|all> (or --data FILE)');
  return fixturePayloads(name, assignments);
}

export const send = defineCommand({
  name: 'send',
  synopsis: '<command|all> --url URL --sdk-app-id ID [options]',
  summary: 'POST a signed fixture (or your own payload) to a running server and print each reply',
  description: [
    'POSTs the bundled fixture of a command (or of every command) to your server, signed like Tencent',
    'when a token is given (Chat commands with the Chat token), and prints each reply. --data sends your',
    'own payload, --set changes fields first. Exits 1 if any reply is not HTTP 200.',
  ].join('\n'),
  options: OPTIONS,
  positionals: { min: 0, max: 1 },
  examples: [
    'send Live.CallbackBeforeSendGift --url http://localhost:8080/callback --sdk-app-id 1400000000',
    'send all --url http://localhost:8080/callback --sdk-app-id 1400000000 --token "$TOKEN"',
    'send Live.CallbackBeforeSendGift --set GiftWater.Coins=50000 --url http://localhost:8080/callback',
    'send --data payload.json --url http://localhost:8080/callback',
  ],
  async run({ values, positionals }, output, io) {
    if (values.url === undefined) throw new CliError('missing --url URL: where your server receives callbacks');
    const target: Target = {
      url: checkedUrl(values.url, '--url'),
      sdkAppId: requiredSdkAppId(values, io.env),
      tokens: tokensFrom(values, io.env),
    };
    return (await sendPayloads(payloadsFrom(values, positionals[0]), target, output)) ? 0 : 1;
  },
});
