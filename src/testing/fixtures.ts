import type { LiveCallbackCommand, LiveCallbackOf } from '../commands.js';
import { fixtureFiles } from './fixture-files.js';

/*
 * The fixtures under fixtures/ (one valid, realistic payload per command, every field present),
 * bundled into this entry so tests need no file access. The catalogue test runs each through its
 * schema, and test/testing.test.ts checks this map covers every command under its own name.
 */

/** One valid payload per command, typed. */
export type LiveCallbackFixtures = { readonly [C in LiveCallbackCommand]: LiveCallbackOf<C> };

/** One valid payload per command, with every documented field: a starting point for your tests. */
export const fixtures = fixtureFiles as unknown as LiveCallbackFixtures;
