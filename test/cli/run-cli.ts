import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/* The built CLI as a subprocess, and real servers on 127.0.0.1 for it to talk to. */

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Variables the CLI reads: cleared, so a developer's own settings cannot change a test. */
const CLI_VARIABLES = ['LIVE_SDK_APP_ID', 'TENCENT_SDK_APP_ID', 'LIVE_CALLBACK_TOKEN', 'CHAT_CALLBACK_TOKEN', 'FORCE_COLOR', 'NO_COLOR'];

function cliEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CLI_VARIABLES) delete env[name];
  return { ...env, ...extra };
}

function spawnCli(args: readonly string[], env: Record<string, string>) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before these tests`);
  const child = spawn(process.execPath, [CLI, ...args], { env: cliEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output.stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output.stderr += chunk;
  });
  const exited = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ...output }));
  });
  return { child, output, exited };
}

/** Runs the CLI to the end. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<CliResult> {
  const { child, exited } = spawnCli(args, options.env ?? {});
  child.stdin.end(options.stdin ?? '');
  return exited;
}

export interface RunningCli {
  /** Where `listen` said it listens. */
  url: string;
  /** Everything printed so far. */
  output: { stdout: string; stderr: string };
  /** Resolves once stdout holds `text`. */
  waitFor(text: string): Promise<void>;
  /** Sends a signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<CliResult>;
}

async function until(check: () => boolean, what: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Running `listen` processes, so a failed test does not leave one behind. */
const running = new Set<ChildProcess>();

/** Stops every `listen` a test started and did not stop (after a failed assertion). */
export function stopLeftovers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Starts `listen` (or anything that prints "Listening on URL" or a JSON `listening` line) and waits until it is ready. */
export async function startCli(args: readonly string[], env: Record<string, string> = {}): Promise<RunningCli> {
  const { child, output, exited } = spawnCli(args, env);
  running.add(child);
  void exited.finally(() => running.delete(child));
  let done: CliResult | undefined;
  void exited.then((result) => {
    done = result;
  });
  const address = (): string | undefined =>
    /Listening on (http:\/\/[^\s;]+)|"listening":"([^"]+)"/.exec(output.stdout)?.slice(1).find(Boolean);
  await until(
    () => address() !== undefined || done !== undefined,
    () => `listen to start; got ${JSON.stringify(output)}`,
  );
  if (address() === undefined) throw new Error(`the CLI exited before listening: ${JSON.stringify(done)}`);
  return {
    url: address() ?? '',
    output,
    waitFor: (text) =>
      until(
        () => output.stdout.includes(text),
        () => `${JSON.stringify(text)} in ${JSON.stringify(output.stdout)}`,
      ),
    stop: (signal = 'SIGINT') => {
      child.kill(signal);
      return exited;
    },
  };
}

/** One request a test server received, exactly. */
export interface Received {
  method: string;
  path: string;
  query: string;
  body: Buffer;
}

export interface Answer {
  status: number;
  body: string;
}

export interface TestServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const OK = JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });

/** A server on 127.0.0.1 that keeps every request byte for byte and answers with `answer` (default 200 OK). */
export async function startServer(
  answer: (request: Received) => Answer | Promise<Answer> = () => ({ status: 200, body: OK }),
): Promise<TestServer> {
  const received: Received[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const [path = '', query = ''] = (req.url ?? '').split('?');
    const request = { method: req.method ?? '', path, query, body: await readAll(req) };
    received.push(request);
    const { status, body } = await answer(request);
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port nothing listens on: the "user's server is down" case. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The JSON objects of a --json run, one per line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
