import { CliError, HELP_OPTION, parseCommandArgs, renderOptions, type OptionSpecs, type ParsedArgs } from './args.js';
import { createOutput, type Io, type Output } from './output.js';

/* A subcommand: its flags, its help text and what it runs, in one object; main.ts lists them. */

export const BIN = 'tencent-live-webhooks';

export interface CliCommand<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  /** What follows the command's name in the usage line: `<command|all> --url URL [options]`. */
  readonly synopsis: string;
  /** One line, for the list of commands. */
  readonly summary: string;
  /** The paragraph under the usage line in --help. */
  readonly description: string;
  readonly options: O;
  /** How many positional arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number; readonly missing?: string };
  readonly examples: readonly string[];
  /** Does the work; returns the exit code (0 fine, 1 something failed). Throws CliError for usage mistakes. */
  run(args: ParsedArgs<O>, output: Output, io: Io): Promise<number>;
}

/** Keeps each command's option types while listing them together. */
export function defineCommand<const O extends OptionSpecs>(command: CliCommand<O>): CliCommand<O> {
  return command;
}

export function commandHelp(command: CliCommand): string {
  return [
    `Usage: ${BIN} ${command.name} ${command.synopsis}`,
    '',
    command.description,
    '',
    'Options:',
    ...renderOptions({ ...command.options, ...HELP_OPTION }),
    ...(command.examples.length === 0 ? [] : ['', 'Examples:', ...command.examples.map((example) => `  ${BIN} ${example}`)]),
  ].join('\n');
}

function checkPositionals(command: CliCommand, positionals: readonly string[], hint: string): void {
  const { min, max, missing } = command.positionals;
  if (positionals.length < min) throw new CliError(`${missing ?? 'missing argument'}. ${hint}`);
  if (positionals.length > max) {
    const extra = positionals.slice(max).join(' ');
    throw new CliError(`unexpected argument${positionals.length - max > 1 ? 's' : ''}: ${extra}. ${hint}`);
  }
}

/** Parses the command's arguments, answers --help, and runs it. Usage mistakes throw CliError. */
export async function runCommand(command: CliCommand, argv: readonly string[], io: Io): Promise<number> {
  const hint = `Run \`${BIN} ${command.name} --help\`.`;
  const args = parseCommandArgs(argv, { ...command.options, ...HELP_OPTION }, hint);
  if (args.values.help === true) {
    io.writeOut(`${commandHelp(command)}\n`);
    return 0;
  }
  checkPositionals(command, args.positionals, hint);
  const output = createOutput(io, (args.values as { json?: boolean }).json === true);
  return command.run(args, output, io);
}
