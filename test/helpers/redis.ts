import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/*
 * A real redis-server for the delivery tests: each suite starts its own on a free port of
 * 127.0.0.1, with persistence off, and stops it. `.ci/run` installs the Debian package when it is
 * missing; without it a developer machine skips these suites (test/helpers/redis-setup.ts prints
 * how to install it once, and fails the run under CI instead).
 */

export const REDIS_INSTALL_HINT =
  'redis-server not found: the Redis tests are skipped (install it with `sudo apt-get install -y redis-server`, or brew install redis)';

/** Whether `redis-server` can be run here. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** SIGSTOP: the process stops answering, connections stay open, data stays (a hung server, a partition). */
  pause(): void;
  /** SIGCONT after pause(). */
  resume(): void;
  /** Stops it and waits for the exit. */
  stop(): Promise<void>;
  /** Starts a fresh, empty one on the same port after stop(). */
  restart(): Promise<void>;
}

function launch(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null) => fail(new Error(`redis-server exited with ${code} on port ${port}: ${output}`));
    const timer = setTimeout(() => fail(new Error(`redis-server did not start on ${port}: ${output}`)), 10_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve(child);
    });
    child.once('exit', onExit);
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a redis-server on a free port (trying another if one was taken meanwhile). */
export async function startRedis(): Promise<RedisServer> {
  let port = 0;
  let child: ChildProcess | undefined;
  for (let round = 0; child === undefined; round++) {
    port = await freePort();
    try {
      child = await launch(port);
    } catch (error) {
      if (round === 2) throw error;
    }
  }
  let current: ChildProcess = child;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    pause: () => void current.kill('SIGSTOP'),
    resume: () => void current.kill('SIGCONT'),
    async stop() {
      current.kill('SIGCONT');
      current.kill('SIGTERM');
      await exited(current);
    },
    async restart() {
      current = await launch(port);
    },
  };
}
