import { expectTypeOf, test } from 'vitest';
import type { FamilyDocs } from '../../src/catalogue/family-docs.js';
import type { CommandDocs, LIVE_CALLBACK_DOCS } from '../../src/catalogue/index.js';
import type { LiveCallbackCommand } from '../../src/index.js';

/** A family of two rows; only the keys matter to FamilyDocs. */
type Rows = { 'Demo.CallbackAfterOne': unknown; 'Demo.CallbackAfterTwo': unknown };
const one = { doc: '647/1', summary: 'One happened.' } as const;
const two = { doc: '647/2', summary: 'Two happened.' } as const;

test("a family's texts name exactly its rows' commands", () => {
  const exact = { 'Demo.CallbackAfterOne': one, 'Demo.CallbackAfterTwo': two } as const satisfies FamilyDocs<Rows>;
  expectTypeOf(exact['Demo.CallbackAfterOne']).toExtend<CommandDocs>();

  // @ts-expect-error a row without its texts
  void ({ 'Demo.CallbackAfterOne': one } as const satisfies FamilyDocs<Rows>);

  // @ts-expect-error texts for a command that is not a row
  void ({ 'Demo.CallbackAfterOne': one, 'Demo.CallbackAfterTwo': two, 'Demo.CallbackAfterThree': two } as const satisfies FamilyDocs<Rows>);

  // @ts-expect-error texts without a summary
  void ({ 'Demo.CallbackAfterOne': one, 'Demo.CallbackAfterTwo': { doc: '647/2' } } as const satisfies FamilyDocs<Rows>);
});

test('LIVE_CALLBACK_DOCS has one entry per command of the table', () => {
  expectTypeOf<keyof typeof LIVE_CALLBACK_DOCS>().toEqualTypeOf<LiveCallbackCommand>();
  expectTypeOf<(typeof LIVE_CALLBACK_DOCS)['Live.CallbackAfterCreateRoom']>().toEqualTypeOf<CommandDocs>();
});
