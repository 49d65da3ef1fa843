import { createServer, type Server } from 'node:http';
import { parseArgs } from 'node:util';
import { createNodeHandler } from '../adapters/node.js';
import { LIVE_CALLBACK_COMMANDS, resolveLiveCallbackCommand, type LiveCallbackCommand } from '../commands.js';
import { createLiveCallbacks } from '../dispatch/create-live-callbacks.js';
import { reject } from '../dispatch/decisions.js';
import { createLiveCallbackRequest } from '../testing/request.js';

export const USAGE = `Usage:
  tencent-live-webhooks send <command|all> --url URL [--sdk-app-id ID] [--token TOKEN]
      POSTs the bundled fixture of a command (or of every command), signed like Tencent when a
      token is given, to a running server, and prints each reply.
  tencent-live-webhooks demo
      Starts a local server with logging handlers and sends it every fixture, plus three bad requests.
  tencent-live-webhooks commands
      Lists the commands this version knows.`;

/** Where the CLI writes; tests pass their own. */
export type Print = (line: string) => void;

const DEFAULT_SDK_APP_ID = '1400000001';

function commandsFrom(name: string | undefined): LiveCallbackCommand[] | undefined {
  if (name === 'all') return [...LIVE_CALLBACK_COMMANDS];
  const command = name === undefined ? undefined : resolveLiveCallbackCommand(name);
  return command === undefined ? undefined : [command];
}

/** Sends one signed fixture per command to `url`; true when every reply was HTTP 200. */
async function send(
  commands: readonly LiveCallbackCommand[],
  url: string,
  sdkAppId: string,
  token: string | undefined,
  print: Print,
): Promise<boolean> {
  let allOk = true;
  for (const command of commands) {
    const callback = await createLiveCallbackRequest({ command, sdkAppId, url, ...(token !== undefined && { token }) });
    try {
      const response = await fetch(callback.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: callback.body });
      print(`${command} -> HTTP ${response.status} ${await response.text()}`);
      allOk &&= response.status === 200;
    } catch (error) {
      print(`${command} -> ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`);
      allOk = false;
    }
  }
  return allOk;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/tencent/live/callback`);
    });
  });
}

/** One readable line for an event: its command, room and who caused it, where it has them. */
function describeEvent(callback: object): string {
  const event = callback as Record<string, unknown>;
  const field = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const nested = (key: string, inner: string): string | undefined => field((event[key] as Record<string, unknown> | undefined)?.[inner]);
  const room = field(event.RoomId) ?? nested('RoomInfo', 'RoomId') ?? field(event.GroupId) ?? nested('EventInfo', 'RoomId');
  const who = field(event.Operator_Account) ?? field(event.From_Account) ?? nested('GiftWater', 'From_Account');
  return `${String(event.CallbackCommand)}${room === undefined ? '' : ` room=${room}`}${who === undefined ? '' : ` by=${who}`}`;
}

/** The demo: a real server with this library's Node adapter, and every fixture sent to it. */
async function demo(print: Print): Promise<boolean> {
  const token = 'demo-token';
  const live = createLiveCallbacks({ sdkAppId: DEFAULT_SDK_APP_ID, token });
  live.onAny((event) => print(`  handled ${describeEvent(event)}`));
  // A Before callback decides: gifts worth more than 1000 coins are refused.
  live.on('Live.CallbackBeforeSendGift', (event) =>
    event.GiftWater.Coins * event.GiftWater.Count > 1000 ? reject(102101, 'gift too large') : undefined,
  );
  live.onError((error) => print(`  onError ${error.code}: ${error.message}`));
  const server = createServer(createNodeHandler(live));
  const url = await listen(server);
  print(`tencent-live-webhooks demo: server on ${url}, ${LIVE_CALLBACK_COMMANDS.length} commands\n`);
  try {
    const ok = await send(LIVE_CALLBACK_COMMANDS, url, DEFAULT_SDK_APP_ID, token, print);
    print('\nand three requests Tencent would never send (answered 401, 400 and 403):');
    await send(['Live.CallbackAfterCreateRoom'], url, DEFAULT_SDK_APP_ID, 'wrong-token', print);
    const signed = await createLiveCallbackRequest({ command: 'Live.CallbackAfterCreateRoom', sdkAppId: DEFAULT_SDK_APP_ID, token, url });
    const broken = await fetch(signed.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    print(`a body that is not JSON -> HTTP ${broken.status} ${await broken.text()}`);
    await send(['Live.CallbackAfterCreateRoom'], url, '1400999999', token, print);
    return ok;
  } finally {
    server.close();
  }
}

/** Runs the CLI; returns the exit code (0 fine, 1 a request failed, 2 usage). */
export async function main(argv: readonly string[], print: Print = console.log): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    options: {
      url: { type: 'string' },
      'sdk-app-id': { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [verb, name] = positionals;
  if (values.help === true || verb === undefined) {
    print(USAGE);
    return values.help === true ? 0 : 2;
  }
  if (verb === 'commands') {
    for (const command of LIVE_CALLBACK_COMMANDS) print(command);
    return 0;
  }
  if (verb === 'demo') return (await demo(print)) ? 0 : 1;
  const commands = commandsFrom(name);
  if (verb !== 'send' || commands === undefined || typeof values.url !== 'string') {
    print(
      verb === 'send' && commands === undefined ? `unknown command ${JSON.stringify(name)}; run \`tencent-live-webhooks commands\`` : USAGE,
    );
    return 2;
  }
  const sdkAppId = typeof values['sdk-app-id'] === 'string' ? values['sdk-app-id'] : DEFAULT_SDK_APP_ID;
  const token = typeof values.token === 'string' ? values.token : undefined;
  return (await send(commands, values.url, sdkAppId, token, print)) ? 0 : 1;
}
