import { after, before, rows } from '../../catalogue/row.js';
import { SnsCallbackBlackListAddSchema, type SnsCallbackBlackListAdd } from './black-list-add.js';
import { SnsCallbackBlackListDeleteSchema, type SnsCallbackBlackListDelete } from './black-list-delete.js';
import { SnsCallbackFriendAddSchema, type SnsCallbackFriendAdd } from './friend-add.js';
import { SnsCallbackFriendDeleteSchema, type SnsCallbackFriendDelete } from './friend-delete.js';
import { SnsCallbackPrevFriendAddSchema, type SnsCallbackPrevFriendAdd } from './prev-friend-add.js';
import { SnsCallbackPrevFriendResponseSchema, type SnsCallbackPrevFriendResponse } from './prev-friend-response.js';

/** The relationship-chain family's rows of the command table (src/commands.ts merges every family). */
export const SNS_COMMANDS = /* @__PURE__ */ rows({
  'Sns.CallbackPrevFriendAdd': before<SnsCallbackPrevFriendAdd>()('chat', SnsCallbackPrevFriendAddSchema, ['answerFriends']),
  'Sns.CallbackPrevFriendResponse': before<SnsCallbackPrevFriendResponse>()('chat', SnsCallbackPrevFriendResponseSchema, ['answerFriends']),
  'Sns.CallbackFriendAdd': after<SnsCallbackFriendAdd>()('chat', SnsCallbackFriendAddSchema),
  'Sns.CallbackFriendDelete': after<SnsCallbackFriendDelete>()('chat', SnsCallbackFriendDeleteSchema),
  'Sns.CallbackBlackListAdd': after<SnsCallbackBlackListAdd>()('chat', SnsCallbackBlackListAddSchema),
  'Sns.CallbackBlackListDelete': after<SnsCallbackBlackListDelete>()('chat', SnsCallbackBlackListDeleteSchema),
});
