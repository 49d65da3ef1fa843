import { fixtureJson } from './fixtures.js';

/* Fixtures with a few fields changed, for the catalogue tests (assertions are in ./validate.ts). */

/** An object with some fields replaced (or removed, with `undefined`). */
function changed(value: object, changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ ...value, ...changes }).filter(([, inner]) => inner !== undefined));
}

/** A command's full fixture with some fields replaced (or removed, with `undefined`). */
export function fixtureWith(command: string, changes: Record<string, unknown>): Record<string, unknown> {
  return changed(fixtureJson(command), changes);
}

/** A command's full fixture whose `list` holds only its first item, with some of that item's fields replaced or removed. */
export function firstItemWith(command: string, list: string, changes: Record<string, unknown>): Record<string, unknown> {
  const [first] = fixtureJson(command)[list] as object[];
  return fixtureWith(command, { [list]: [changed(first ?? {}, changes)] });
}
