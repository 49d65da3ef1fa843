import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE, type LiveCallbackCommand } from '../src/index.js';
import { schemaFields } from './helpers/schema-fields.js';

/*
 * CONTRIBUTING.md lists, per command, the fields a payload cannot do without. The list is written by
 * hand, with the reason; this keeps it true to the schemas.
 */

const contributing = readFileSync(new URL('../CONTRIBUTING.md', import.meta.url), 'utf8');

/** The rows of the required-fields table: command, and the fields its second cell names. */
function requiredFieldRows(): [string, string[]][] {
  const section = contributing.slice(contributing.indexOf('### Required fields per command'));
  const table = section.slice(0, section.indexOf('\n## '));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [, command = '', fields = ''] = line.split('|').map((cell) => cell.trim());
      return [command.replaceAll('`', ''), [...fields.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '').sort()];
    });
}

/** The schema's required fields, leaves only (`RoomInfo.RoomId` stands for `RoomInfo` too), without CallbackCommand. */
function requiredLeaves(command: LiveCallbackCommand): string[] {
  const required = schemaFields(LIVE_CALLBACK_TABLE[command].schema, { requiredOnly: true });
  const isContainer = (path: string) => required.some((other) => other.startsWith(`${path}.`) || other.startsWith(`${path}[]`));
  return required.filter((path) => path !== 'CallbackCommand' && !isContainer(path)).sort();
}

describe('CONTRIBUTING.md, required fields per command', () => {
  test('has one row for every command, and no other', () => {
    expect(
      requiredFieldRows()
        .map(([command]) => command)
        .sort(),
    ).toEqual([...LIVE_CALLBACK_COMMANDS].sort());
  });

  test.each(requiredFieldRows())('%s: the row names exactly the fields its schema requires', (command, fields) => {
    expect(fields).toEqual(requiredLeaves(command as LiveCallbackCommand));
  });
});
