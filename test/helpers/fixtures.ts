import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The fixtures folder at the repo root: `<Command>.json` (every field) and `minimal/<Command>.json` (required fields only). */
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Raw text of a fixture, as Tencent would POST it. `kind` picks the full or the minimal one. */
export function fixtureText(command: string, kind: 'full' | 'minimal' = 'full'): string {
  return readFileSync(`${FIXTURES}${kind === 'minimal' ? 'minimal/' : ''}${command}.json`, 'utf8');
}

/** A fixture parsed with plain JSON.parse (fine for fixtures: none carries an unquoted integer past 2^53). */
export function fixtureJson(command: string, kind: 'full' | 'minimal' = 'full'): Record<string, unknown> {
  return JSON.parse(fixtureText(command, kind)) as Record<string, unknown>;
}

/** Every command that has a full fixture, from the file names. */
export function fixtureCommands(kind: 'full' | 'minimal' = 'full'): string[] {
  return readdirSync(`${FIXTURES}${kind === 'minimal' ? 'minimal/' : ''}`)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** A batch envelope as Tencent POSTs it, `fixtures/batch/<name>.json` (e.g. `Push`: three push events). */
export function batchFixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${FIXTURES}batch/${name}.json`, 'utf8')) as Record<string, unknown>;
}
