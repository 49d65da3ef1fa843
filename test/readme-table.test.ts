import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LIVE_CALLBACK_DOCS } from '../src/catalogue/index.js';
import { LIVE_CALLBACK_COMMANDS, LIVE_CALLBACK_TABLE } from '../src/index.js';
// @ts-expect-error plain JavaScript script, no types
import { END, START, renderCommandTable } from '../scripts/readme-table.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('the README table of commands is the one rendered from the catalogue', () => {
  const section = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
  expect(readme.indexOf(START), 'README.md lacks the commands markers').toBeLessThan(readme.indexOf(END));
  expect(section.trim(), 'README.md is stale: run npm run docs:table').toBe(renderCommandTable(LIVE_CALLBACK_TABLE, LIVE_CALLBACK_DOCS));
});

test('the README table names every command, with its phase', () => {
  for (const command of LIVE_CALLBACK_COMMANDS) {
    expect(readme).toContain(`| \`${command}\` | ${LIVE_CALLBACK_TABLE[command].phase} |`);
  }
});
