import { version } from '../../package.json';
import { CliError } from './args.js';
import { BIN, commandHelp, runCommand, type CliCommand } from './command.js';
import { demo } from './commands/demo.js';
import { list } from './commands/list.js';
import { listen } from './commands/listen.js';
import { replay } from './commands/replay.js';
import { send } from './commands/send.js';
import { validate } from './commands/validate.js';
import { SDK_APP_ID_ENV, TOKEN_ENV, CHAT_TOKEN_ENV } from './credentials.js';
import { processIo, type Io } from './output.js';
import { didYouMean } from './suggest.js';

/* The `tencent-live-webhooks` command: finds the subcommand, runs it, and turns mistakes into exit code 2. */

const COMMANDS: readonly CliCommand[] = [send, listen, replay, validate, demo, list] as readonly CliCommand[];

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `Usage: ${BIN} <command> [options]`,
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    "  -h, --help     show this help (or a command's: <command> --help)",
    '  -v, --version  print the version',
    '',
    'Environment:',
    `  ${SDK_APP_ID_ENV.join(', ')}  your SdkAppID, when --sdk-app-id is not given`,
    `  ${TOKEN_ENV}  the Live callback token, when --token is not given`,
    `  ${CHAT_TOKEN_ENV}  the Chat callback token, when --chat-token is not given`,
    '  NO_COLOR             no colour (colour is only used on a terminal anyway)',
  ].join('\n');
}

function findCommand(name: string): CliCommand {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command !== undefined) return command;
  const hint = didYouMean(
    name,
    COMMANDS.map((candidate) => candidate.name),
  );
  const what = name.startsWith('-') ? 'option' : 'command';
  throw new CliError(
    `unknown ${what} ${name}.${what === 'option' ? didYouMean(name, ['--help', '--version']) : hint} Run \`${BIN} --help\`.`,
  );
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.writeErr(`${usage()}\n`);
    return 2;
  }
  if (first === '--version' || first === '-v') {
    io.writeOut(`${version}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.writeOut(`${rest[0] === undefined ? usage() : commandHelp(findCommand(rest[0]))}\n`);
    return 0;
  }
  return runCommand(findCommand(first), rest, io);
}

/** Runs the CLI; returns the exit code: 0 fine, 1 something failed (a request, a payload), 2 a usage mistake. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.writeErr(`error: ${error.message}\n`);
    return error.exitCode;
  }
}
