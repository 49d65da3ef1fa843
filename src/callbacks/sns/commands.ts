import { after, before, rows } from '../../catalogue/row.js';
import { SnsCallbackBlackListAddSchema, type SnsCallbackBlackListAdd } from './black-list-add.js';
import { SnsCallbackBlackListDeleteSchema, type SnsCallbackBlackListDelete } from './black-list-delete.js';
import { SnsCallbackFriendAddSchema, type SnsCallbackFriendAdd } from './friend-add.js';
import { SnsCallbackFriendDeleteSchema, type SnsCallbackFriendDelete } from './friend-delete.js';
import { SnsCallbackPrevFriendAddSchema, type SnsCallbackPrevFriendAdd } from './prev-friend-add.js';
import { SnsCallbackPrevFriendResponseSchema, type SnsCallbackPrevFriendResponse } from './prev-friend-response.js';

/** The relationship-chain family's rows of the command table (src/commands.ts merges every family). */
export const SNS_COMMANDS = /* @__PURE__ */ rows({
  'Sns.CallbackPrevFriendAdd': before<SnsCallbackPrevFriendAdd>()('chat', SnsCallbackPrevFriendAddSchema, ['answerFriends'], {
    doc: '1047/43468',
    summary: 'A client asked to add friends; the reply allows or refuses each one.',
  }),
  'Sns.CallbackPrevFriendResponse': before<SnsCallbackPrevFriendResponse>()(
    'chat',
    SnsCallbackPrevFriendResponseSchema,
    ['answerFriends'],
    {
      doc: '1047/43467',
      summary: 'A client answered friend requests; the reply allows or refuses each answer.',
    },
  ),
  'Sns.CallbackFriendAdd': after<SnsCallbackFriendAdd>()('chat', SnsCallbackFriendAddSchema, {
    doc: '1047/34359',
    summary: 'Friends were added.',
  }),
  'Sns.CallbackFriendDelete': after<SnsCallbackFriendDelete>()('chat', SnsCallbackFriendDeleteSchema, {
    doc: '1047/34360',
    summary: 'Friends were deleted.',
  }),
  'Sns.CallbackBlackListAdd': after<SnsCallbackBlackListAdd>()('chat', SnsCallbackBlackListAddSchema, {
    doc: '1047/34361',
    summary: 'Users were added to blocklists.',
  }),
  'Sns.CallbackBlackListDelete': after<SnsCallbackBlackListDelete>()('chat', SnsCallbackBlackListDeleteSchema, {
    doc: '1047/34362',
    summary: 'Users were removed from blocklists.',
  }),
});
