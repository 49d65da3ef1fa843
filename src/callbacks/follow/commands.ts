import { after, rows } from '../../catalogue/row.js';
import { FollowCallbackAfterFollowAddSchema, type FollowCallbackAfterFollowAdd } from './after-follow-add.js';
import { FollowCallbackAfterFollowDeleteSchema, type FollowCallbackAfterFollowDelete } from './after-follow-delete.js';

/** The follow family's rows of the command table (src/commands.ts merges every family). */
export const FOLLOW_COMMANDS = /* @__PURE__ */ rows({
  'Follow.CallbackAfterFollowAdd': after<FollowCallbackAfterFollowAdd>()('chat', FollowCallbackAfterFollowAddSchema),
  'Follow.CallbackAfterFollowDelete': after<FollowCallbackAfterFollowDelete>()('chat', FollowCallbackAfterFollowDeleteSchema),
});
