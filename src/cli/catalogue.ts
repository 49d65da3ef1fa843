import { LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE, resolveLiveCallbackCommand, type LiveCallbackCommand } from '../commands.js';
import { CliError } from './args.js';
import { BIN } from './command.js';
import { didYouMean } from './suggest.js';

/** Every command string the catalogue accepts: canonical names and their documented aliases. */
function knownNames(): string[] {
  return LIVE_CALLBACK_COMMANDS.flatMap((command) => [command, ...LIVE_CALLBACK_TABLE[command].aliases]);
}

/** The canonical command a name (or alias) given on the command line stands for; a usage error with a hint otherwise. */
export function commandArgument(name: string, extra: readonly string[] = []): LiveCallbackCommand {
  const command = resolveLiveCallbackCommand(name);
  if (command !== undefined) return command;
  throw new CliError(
    `unknown callback command ${JSON.stringify(name)}.${didYouMean(name, [...extra, ...knownNames()])} Run \`${BIN} commands\` for the list.`,
  );
}
