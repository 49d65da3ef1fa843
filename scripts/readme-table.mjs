// The README's table of supported commands, derived from the catalogue (src/commands.ts) and its texts
// (LIVE_CALLBACK_DOCS, src/catalogue/docs.ts).
// `npm run docs:table` rewrites it from dist/; test/readme-table.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- commands:start -->';
export const END = '<!-- commands:end -->';

const SOURCE_TITLES = {
  live: 'Live callback URL (Live token: `v4/live_config/set_callback_token`)',
  chat: 'Chat callback URL (Chat console token)',
};

/** One table row; `texts` is the command's `{ doc, summary }`. */
function renderRow(command, spec, texts) {
  const reply = spec.phase === 'after' ? 'acknowledge' : spec.decisions.join(', ');
  const aliases = spec.aliases.map((alias) => `\`${alias}\``).join(', ');
  const link = `[${texts.doc}](https://www.tencentcloud.com/document/product/${texts.doc})`;
  // A "|" in a summary would end its cell early.
  return `| \`${command}\` | ${spec.phase} | ${reply} | ${aliases} | ${texts.summary.replaceAll('|', '\\|')} | ${link} |`;
}

/**
 * Markdown: per source (the URL Tencent posts to), per family (the command's prefix), one table row
 * per command of LIVE_CALLBACK_TABLE, in catalogue order, with the counts; `docs` is LIVE_CALLBACK_DOCS.
 */
export function renderCommandTable(table, docs) {
  const entries = Object.entries(table);
  const sections = [`${entries.length} commands.`];
  for (const source of Object.keys(SOURCE_TITLES)) {
    const ofSource = entries.filter(([, spec]) => spec.source === source);
    if (ofSource.length === 0) continue;
    sections.push(`### ${SOURCE_TITLES[source]}: ${ofSource.length}`);
    const families = [...new Set(ofSource.map(([command]) => command.split('.')[0]))];
    for (const family of families) {
      const rows = ofSource.filter(([command]) => command.split('.')[0] === family);
      sections.push(
        [
          `#### ${family}: ${rows.length}`,
          '',
          '| Command | Phase | Reply can | Also accepted as | When | Docs |',
          '|---|---|---|---|---|---|',
          ...rows.map(([command, spec]) => renderRow(command, spec, docs[command])),
        ].join('\n'),
      );
    }
  }
  return sections.join('\n\n');
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
  const { LIVE_CALLBACK_DOCS } = await import('../dist/catalogue.js');
  const path = new URL('../README.md', import.meta.url);
  writeFileSync(path, withTable(readFileSync(path, 'utf8'), renderCommandTable(LIVE_CALLBACK_TABLE, LIVE_CALLBACK_DOCS)));
  console.log(`README.md: ${Object.keys(LIVE_CALLBACK_TABLE).length} commands`);
}
