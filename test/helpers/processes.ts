import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/*
 * Separate Node processes for the multi-instance tests. Node 20 cannot run the TypeScript sources,
 * so each script is bundled from them with esbuild first (packages stay external and resolve from
 * node_modules): the processes always run the code under test, with no build step before the tests.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}node_modules/.cache/tencent-live-webhooks-tests/`;

/** Bundles `entry` (a path from the repository root) into a runnable .mjs file; returns its path. */
export async function bundleScript(entry: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const outfile = `${OUT}${basename(entry).replace(/\.ts$/, '')}.mjs`;
  await build({
    entryPoints: [`${ROOT}${entry}`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}

export interface RunningProcess {
  readonly child: ChildProcess;
  /** Every line the process wrote to stdout so far. */
  readonly lines: string[];
  /** Resolves with the first line (already written or to come) that matches. */
  line(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends `signal` (default SIGTERM) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `node script` with `env` added; stderr is passed through, stdout collected by line. */
export function startProcess(script: string, env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiters = new Set<(line: string) => void>();
  let rest = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters) waiter(line);
    }
  });
  // 'close', not 'exit': every line the process wrote has been read by then.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return {
    child,
    lines,
    line(pattern, timeoutMs = 10_000) {
      const seen = lines.find((line) => pattern.test(line));
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; got:\n${lines.join('\n')}`));
        }, timeoutMs);
        const waiter = (line: string) => {
          if (!pattern.test(line)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(line);
        };
        waiters.add(waiter);
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
