import { appendFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_BODY_LIMIT } from '../../adapters/shared.js';
import { CliError, JSON_OPTION, type OptionValues } from '../args.js';
import { bodyJsonOf, captureOf, claimedCommand, type CapturedRequest } from '../capture.js';
import { defineCommand } from '../command.js';
import { requiredSdkAppId, SDK_APP_ID_OPTION, TOKEN_OPTIONS, tokensFrom } from '../credentials.js';
import { checkedUrl, type Bytes } from '../http.js';
import { answerOf, forwardRequest } from '../listen/forward.js';
import { printExchange, type Answer, type Exchange } from '../listen/exchange.js';
import { createInspector, type Inspector } from '../listen/inspect.js';
import { createTally, type Tally } from '../listen/tally.js';
import type { Output } from '../output.js';

const OPTIONS = {
  port: { type: 'string', value: 'PORT', help: 'port to listen on (default 8080; 0 picks a free one)' },
  host: { type: 'string', value: 'HOST', help: 'address to listen on (default 127.0.0.1)' },
  ...SDK_APP_ID_OPTION,
  ...TOKEN_OPTIONS,
  save: { type: 'string', value: 'FILE', help: 'append every request (query, headers, body as received) to FILE, one JSON line each' },
  'forward-to': { type: 'string', value: 'URL', help: "send every request on to your server too; Tencent gets your server's answer" },
  ...JSON_OPTION,
} as const;

/** Everything a request needs, set up once. */
interface Receiver {
  inspect: Inspector;
  tally: Tally;
  output: Output;
  save: string | undefined;
  forwardTo: string | undefined;
}

/** The body, whole up to one byte past the limit (so the adapter answers 413 as it would); the rest is drained. */
function readBody(req: IncomingMessage, max: number): Promise<Bytes> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size <= max) chunks.push(chunk.subarray(0, max + 1 - size));
      size += chunk.length;
    });
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/** The request again as a web Request, for the library's fetch adapter. */
function webRequest(captured: CapturedRequest, bytes: Bytes): Request {
  const url = `http://127.0.0.1${captured.path}${captured.query === '' ? '' : `?${captured.query}`}`;
  // TRACE and TRACK cannot be built as a Request; any method but POST gets the same 405.
  const method = ['TRACE', 'TRACK', 'CONNECT'].includes(captured.method) ? 'GET' : captured.method;
  const carriesBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, { method, headers: captured.headers, ...(carriesBody && { body: bytes }) });
}

async function libraryAnswer(response: Response): Promise<Answer> {
  return { status: response.status, contentType: response.headers.get('content-type') ?? 'application/json', text: await response.text() };
}

function saveRequest(receiver: Receiver, captured: CapturedRequest): void {
  if (receiver.save === undefined || captured.method !== 'POST') return;
  try {
    appendFileSync(receiver.save, `${JSON.stringify(captured)}\n`);
  } catch (error) {
    receiver.output.warn(`could not save to ${receiver.save}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function receive(receiver: Receiver, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const receivedAt = new Date();
  const bytes = await readBody(req, DEFAULT_BODY_LIMIT);
  const captured = captureOf(req, bytes, receivedAt);
  saveRequest(receiver, captured);
  const command = claimedCommand(captured);
  const [{ inspection, response }, delivery] = await Promise.all([
    receiver.inspect(webRequest(captured, bytes), command),
    receiver.forwardTo === undefined ? undefined : forwardRequest(receiver.forwardTo, captured, bytes),
  ]);
  // A refused request (401, 403) never reaches the body; show its key fields all the same.
  inspection.event ??= bodyJsonOf(captured);
  const answer = delivery === undefined ? await libraryAnswer(response) : answerOf(delivery);
  res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.text);
  const exchange: Exchange = { receivedAt, method: captured.method, path: captured.path, command, inspection, answer };
  if (delivery !== undefined && receiver.forwardTo !== undefined) exchange.forwarded = { url: receiver.forwardTo, delivery };
  printExchange(exchange, receiver.output);
  receiver.tally.count(command ?? '(no command)', inspection.verdict);
}

function startServer(receiver: Receiver, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    receive(receiver, req, res).catch((error: unknown) => {
      receiver.output.warn(`failed to handle a request: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new CliError(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`, 1)),
    );
    server.listen(port, host, () => resolve(server));
  });
}

function portOf(value: string | undefined): number {
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be a port number (0-65535), got ${JSON.stringify(value)}`);
  return port;
}

function announce(output: Output, url: string, values: OptionValues<typeof OPTIONS>, sdkAppId: string, signed: boolean): void {
  output.emit(
    [
      `Listening on ${url} for SdkAppid ${sdkAppId}; ${signed ? 'Sign checked with the callback token' : output.paint.yellow('no token: Sign not checked')}`,
      ...(values.save === undefined ? [] : [`Saving every request to ${values.save}`]),
      ...(values['forward-to'] === undefined ? [] : [`Forwarding every request to ${values['forward-to']}; Tencent gets its answers`]),
      output.paint.dim('Ctrl-C stops and prints a summary.'),
    ].join('\n'),
    { listening: url, sdkAppId, signed, save: values.save ?? null, forwardTo: values['forward-to'] ?? null },
  );
}

/** Resolves at Ctrl-C (SIGINT) or SIGTERM. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
}

export const listen = defineCommand({
  name: 'listen',
  synopsis: '[--port 8080] [--host 127.0.0.1] --sdk-app-id ID [--token TOKEN] [--save FILE.jsonl] [--forward-to URL]',
  summary: 'receive real callbacks: verify, validate and print each, optionally save and forward them',
  description: [
    "A local receiver built on this library's dispatcher: it checks each callback (SdkAppid, Sign,",
    'body) as your server would, prints one line per callback with every validation issue, and answers',
    'what the library would answer. --save keeps each raw request for `replay`; --forward-to sends it on to',
    "your own server and answers Tencent with your server's reply (502 when it is down). Ctrl-C or",
    'SIGTERM prints counts by command and by verdict, and exits 0.',
  ].join('\n'),
  options: OPTIONS,
  positionals: { min: 0, max: 0 },
  examples: [
    'listen --port 8080 --sdk-app-id 1400000000 --token "$LIVE_CALLBACK_TOKEN" --save callbacks.jsonl',
    'listen --sdk-app-id 1400000000 --forward-to http://localhost:3000/tencent/live/callback',
  ],
  async run({ values }, output, io) {
    const sdkAppId = requiredSdkAppId(values, io.env);
    const tokens = tokensFrom(values, io.env);
    if (values.save !== undefined) saveRequestsTo(values.save);
    const forwardTo = values['forward-to'] === undefined ? undefined : checkedUrl(values['forward-to'], '--forward-to');
    const receiver: Receiver = { inspect: createInspector(sdkAppId, tokens), tally: createTally(), output, save: values.save, forwardTo };
    const host = values.host ?? '127.0.0.1';
    const server = await startServer(receiver, host, portOf(values.port));
    const { port } = server.address() as AddressInfo;
    announce(
      output,
      `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      values,
      sdkAppId,
      tokens.live !== undefined || tokens.chat !== undefined,
    );
    await untilStopped();
    server.close();
    server.closeAllConnections();
    receiver.tally.print(output);
    return 0;
  },
});

/** Fails at start-up, not at the first callback, when the file cannot be written. */
function saveRequestsTo(file: string): void {
  try {
    appendFileSync(file, '');
  } catch (error) {
    throw new CliError(`cannot write --save ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
