import { expectTypeOf, test } from 'vitest';
import type { LIVE_CALLBACK_TABLE, LiveCallbackCommand, LiveCallbackOf } from '../../src/index.js';
import type { Documented, DocumentedOutput, Equal } from './documented.js';

type Table = typeof LIVE_CALLBACK_TABLE;

/** Per command: does its schema's output (index signatures aside) equal its hand-written interface? */
type SchemaMatchesInterface = { [C in LiveCallbackCommand]: Equal<DocumentedOutput<Table[C]['schema']>, Documented<LiveCallbackOf<C>>> };

test('every row of the table: the schema is pinned to its interface, field for field, optional for optional', () => {
  // A command listed here with `false` has drifted: its schema and interface disagree.
  expectTypeOf<SchemaMatchesInterface>().toEqualTypeOf<{ [C in LiveCallbackCommand]: true }>();
});
