import * as v from 'valibot';
import { parseLiveCallbackBody, type LiveCallback } from '../../src/index.js';
import { fixtureJson } from './fixtures.js';

/*
 * The Chat catalogue tests send bodies through the public parse layer, as the dispatcher does: the
 * body's CallbackCommand (or the query's, when it has none) picks the schema.
 */

/** The validated event of a body that must pass; the error's first issue otherwise. */
export function accepted(body: object, command?: string): LiveCallback {
  const result = parseLiveCallbackBody(body, command === undefined ? {} : { command });
  if (!result.success) throw result.error;
  return result.output;
}

/** The dot paths of the issues that refused a body (empty when it passed). */
export function refusedAt(body: object, command?: string): string[] {
  const result = parseLiveCallbackBody(body, command === undefined ? {} : { command });
  return result.success ? [] : (result.error.issues ?? []).map((issue) => v.getDotPath(issue) ?? '');
}

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
