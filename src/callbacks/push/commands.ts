import { after, rows } from '../../catalogue/row.js';
import { PushAllMemberPushSchema, type PushAllMemberPush } from './all-member-push.js';
import { PushOfflinePushSchema, type PushOfflinePush } from './offline-push.js';

/**
 * The push family's rows of the command table (src/commands.ts merges every family). Each row is for
 * one event of a batch (see batch.ts), not for the POSTed envelope.
 */
export const PUSH_COMMANDS = /* @__PURE__ */ rows({
  'Push.OfflinePush': after<PushOfflinePush>()('chat', PushOfflinePushSchema),
  'Push.AllMemberPush': after<PushAllMemberPush>()('chat', PushAllMemberPushSchema),
});
