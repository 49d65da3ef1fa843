import { expectTypeOf, test } from 'vitest';
import type { FriendResponseAction, LiveBeforeCommand, LiveCallback, LiveDecisionKindOf } from '../../src/index.js';

test('narrowing on each Sns command gives its own list and hides the others', () => {
  const handle = (event: LiveCallback) => {
    switch (event.CallbackCommand) {
      case 'Sns.CallbackPrevFriendAdd':
        expectTypeOf(event.FriendItem[0]!.To_Account).toEqualTypeOf<string>();
        expectTypeOf(event.FriendItem[0]!.GroupName).toEqualTypeOf<string | undefined>();
        expectTypeOf(event.EventTime).toEqualTypeOf<number>();
        // @ts-expect-error ResponseFriendItem belongs to Sns.CallbackPrevFriendResponse
        void event.ResponseFriendItem;
        break;
      case 'Sns.CallbackPrevFriendResponse':
        expectTypeOf(event.ResponseFriendItem[0]!.ResponseAction).toEqualTypeOf<FriendResponseAction>();
        // @ts-expect-error FriendItem belongs to Sns.CallbackPrevFriendAdd
        void event.FriendItem;
        break;
      case 'Sns.CallbackFriendAdd':
        expectTypeOf(event.PairList[0]!.Initiator_Account).toEqualTypeOf<string>();
        // @ts-expect-error the After callbacks carry no EventTime
        void event.EventTime;
        break;
      case 'Sns.CallbackBlackListDelete':
        expectTypeOf(event.PairList[0]!.To_Account).toEqualTypeOf<string>();
        // @ts-expect-error only Sns.CallbackFriendAdd names the initiator
        void event.PairList[0]!.Initiator_Account;
        break;
    }
  };
  expectTypeOf(handle).parameter(0).toEqualTypeOf<LiveCallback>();
});

test('the friend-request callbacks are answered per friend, and only so', () => {
  expectTypeOf<LiveDecisionKindOf<'Sns.CallbackPrevFriendAdd'>>().toEqualTypeOf<'answerFriends'>();
  expectTypeOf<LiveDecisionKindOf<'Sns.CallbackPrevFriendResponse'>>().toEqualTypeOf<'answerFriends'>();
  expectTypeOf<'Sns.CallbackPrevFriendAdd' | 'Sns.CallbackPrevFriendResponse'>().toExtend<LiveBeforeCommand>();
  expectTypeOf<'Sns.CallbackFriendAdd'>().not.toExtend<LiveBeforeCommand>();
});
