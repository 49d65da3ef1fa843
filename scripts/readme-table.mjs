// The README's table of supported commands, derived from the catalogue (src/commands.ts).
// `npm run docs:table` rewrites it from dist/; test/readme-table.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- commands:start -->';
export const END = '<!-- commands:end -->';

/** Markdown table: one row per command of LIVE_CALLBACK_TABLE, in catalogue order. */
export function renderCommandTable(table) {
  const rows = Object.entries(table).map(([command, spec]) => {
    const reply = spec.phase === 'after' ? 'acknowledge' : spec.decisions.join(', ');
    const aliases = spec.aliases.map((alias) => `\`${alias}\``).join(', ');
    const link = `[${spec.doc}](https://www.tencentcloud.com/document/product/${spec.doc})`;
    // A "|" in a summary would end its cell early.
    return `| \`${command}\` | ${spec.phase} | ${reply} | ${aliases} | ${spec.summary.replaceAll('|', '\\|')} | ${link} |`;
  });
  return ['| Command | Phase | Reply can | Also accepted as | When | Docs |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The README with the section between the markers replaced by `table`. */
export function withTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md lacks the ${START} / ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { LIVE_CALLBACK_TABLE } = await import('../dist/index.js');
  const path = new URL('../README.md', import.meta.url);
  writeFileSync(path, withTable(readFileSync(path, 'utf8'), renderCommandTable(LIVE_CALLBACK_TABLE)));
  console.log(`README.md: ${Object.keys(LIVE_CALLBACK_TABLE).length} commands`);
}
