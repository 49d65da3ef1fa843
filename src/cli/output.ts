import type { Env } from './credentials.js';

/* Where the CLI writes: human lines or JSON lines on stdout, errors and progress on stderr, colour only for people. */

/** The process around the CLI; bin.ts passes the real one. */
export interface Io {
  readonly env: Env;
  writeOut(text: string): void;
  writeErr(text: string): void;
  readonly outIsTTY: boolean;
  readonly errIsTTY: boolean;
}

export function processIo(): Io {
  return {
    env: process.env,
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
    outIsTTY: process.stdout.isTTY === true,
    errIsTTY: process.stderr.isTTY === true,
  };
}

export type Paint = (text: string) => string;
export interface Palette {
  green: Paint;
  red: Paint;
  yellow: Paint;
  cyan: Paint;
  dim: Paint;
  bold: Paint;
}

/** https://no-color.org: a non-empty NO_COLOR turns colour off; FORCE_COLOR (not 0) turns it on; else only on a terminal. */
export function wantsColor(env: Env, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return isTTY;
}

function palette(enabled: boolean): Palette {
  const sgr =
    (open: number, close: number): Paint =>
    (text) =>
      enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { green: sgr(32, 39), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}

/** What a subcommand prints through. */
export interface Output {
  readonly json: boolean;
  readonly paint: Palette;
  /** A line for people; left out with --json. */
  human(line: string): void;
  /** A result: one JSON object per line with --json, else the human line. */
  emit(line: string, record: object): void;
  /** A warning or an error, on stderr. */
  warn(line: string): void;
  /** A progress line on stderr: rewritten in place on a terminal, one line each otherwise. */
  progress(line: string): void;
  /** Ends a progress line left open on a terminal. */
  endProgress(): void;
}

export function createOutput(io: Io, json: boolean): Output {
  const paint = palette(!json && wantsColor(io.env, io.outIsTTY));
  let progressOpen = false;
  const endProgress = (): void => {
    if (progressOpen) io.writeErr('\n');
    progressOpen = false;
  };
  return {
    json,
    paint,
    human: (line) => {
      if (json) return;
      endProgress();
      io.writeOut(`${line}\n`);
    },
    emit: (line, record) => {
      endProgress();
      io.writeOut(`${json ? JSON.stringify(record) : line}\n`);
    },
    warn: (line) => {
      endProgress();
      io.writeErr(`${line}\n`);
    },
    progress: (line) => {
      if (!io.errIsTTY) return io.writeErr(`${line}\n`);
      io.writeErr(`\r\u001b[K${line}`);
      progressOpen = true;
    },
    endProgress,
  };
}
