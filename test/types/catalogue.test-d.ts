import { describe, expectTypeOf, test } from 'vitest';
import type {
  LiveCallback,
  LiveCallbackAfterCreateRoom,
  LiveCallbackAfterCreateRoomSchema,
  LiveCallbackAfterModifyAdmin,
  LiveCallbackAfterModifyAdminSchema,
  LiveCallbackCommand,
  LiveCallbackOf,
} from '../../src/index.js';
import type { Documented, DocumentedOutput } from './documented.js';

describe('each schema outputs exactly its documented interface', () => {
  test('Live.CallbackAfterCreateRoom', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterCreateRoomSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterCreateRoom>>();
  });
  test('Live.CallbackAfterModifyAdmin', () => {
    expectTypeOf<DocumentedOutput<typeof LiveCallbackAfterModifyAdminSchema>>().toEqualTypeOf<Documented<LiveCallbackAfterModifyAdmin>>();
  });
});

describe('the union', () => {
  test('narrowing on CallbackCommand gives the command its own fields', () => {
    const handle = (event: LiveCallback) => {
      if (event.CallbackCommand === 'Live.CallbackAfterModifyAdmin') {
        expectTypeOf(event.Admin_Account).toEqualTypeOf<string[]>();
        // @ts-expect-error RoomInfo belongs to another command
        void event.RoomInfo;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
  });
  test('LiveCallbackOf picks one member', () => {
    expectTypeOf<LiveCallbackOf<'Live.CallbackAfterModifyAdmin'>>().toEqualTypeOf<LiveCallbackAfterModifyAdmin>();
    expectTypeOf<LiveCallbackCommand>().toEqualTypeOf<LiveCallback['CallbackCommand']>();
  });
});
