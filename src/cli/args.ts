import { parseArgs } from 'node:util';
import { didYouMean } from './suggest.js';

/* Flags: each subcommand declares its options once; parsing, "did you mean" and --help derive from that. */

/** One flag of a subcommand. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Repeatable: the values come as an array. */
  readonly multiple?: boolean;
  /** The placeholder shown in --help (`--url URL`). */
  readonly value?: string;
  /** One line for --help. */
  readonly help: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What parsing gives for one flag: a boolean, a string, or every value of a repeatable one. */
type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? string[] : string;

export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: ValueOf<O[K]> };

export interface ParsedArgs<O extends OptionSpecs> {
  values: OptionValues<O>;
  positionals: string[];
}

/**
 * A mistake in how the command was called (exit 2), or another reason to stop with a message
 * (`exitCode` 1). The message is shown as is, after "error: ".
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

/** Flags every subcommand takes. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h', help: 'show this help' } } as const satisfies OptionSpecs;
export const JSON_OPTION = {
  json: { type: 'boolean', help: 'print one JSON object per line, for scripts' },
} as const satisfies OptionSpecs;

function flagNames(options: OptionSpecs): string[] {
  return Object.entries(options).flatMap(([name, spec]) => [`--${name}`, ...(spec.short === undefined ? [] : [`-${spec.short}`])]);
}

/** Refuses the first flag the command does not know, with the closest known one as a hint. */
function refuseUnknownFlags(argv: readonly string[], options: OptionSpecs, usageHint: string): void {
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option' && !Object.hasOwn(options, token.name)) {
      throw new CliError(`unknown option ${token.rawName}.${didYouMean(token.rawName, flagNames(options))} ${usageHint}`);
    }
  }
}

/**
 * Parses a subcommand's arguments strictly: an unknown flag, a missing value or a value given to a
 * boolean flag is a CliError (exit 2) that says what to do.
 */
export function parseCommandArgs<O extends OptionSpecs>(argv: readonly string[], options: O, usageHint: string): ParsedArgs<O> {
  refuseUnknownFlags(argv, options, usageHint);
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
    return { values: values as OptionValues<O>, positionals };
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}. ${usageHint}`);
  }
}

/** The --help lines of a set of options, aligned. */
export function renderOptions(options: OptionSpecs): string[] {
  const left = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short === undefined ? '    ' : `-${spec.short}, `}--${name}${spec.value === undefined ? '' : ` ${spec.value}`}`;
    return [flag, spec.help] as const;
  });
  const width = Math.max(...left.map(([flag]) => flag.length));
  return left.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`);
}
