import { LIVE_CALLBACK_DOCS } from '../../catalogue/docs.js';
import { LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE } from '../../commands.js';
import { JSON_OPTION } from '../args.js';
import { defineCommand } from '../command.js';

export const list = defineCommand({
  name: 'commands',
  synopsis: '[--json]',
  summary: 'list the callback commands this version knows',
  description: 'Prints every callback command this version knows, one per line; --json adds its source, phase, aliases and summary.',
  options: JSON_OPTION,
  positionals: { min: 0, max: 0 },
  examples: ['commands', 'commands --json'],
  async run(_args, output) {
    for (const command of LIVE_CALLBACK_COMMANDS) {
      const { source, phase, aliases } = LIVE_CALLBACK_TABLE[command];
      const { summary, doc } = LIVE_CALLBACK_DOCS[command];
      output.emit(command, { command, source, phase, aliases, summary, doc });
    }
    return 0;
  },
});
